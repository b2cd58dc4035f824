/** A backup or restore refused before writing anything (bad file, non-empty target, wrong store): the message says why. */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}
