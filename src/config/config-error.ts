/** A setting has a wrong value: the start stops with this message, which names the setting and what it accepts. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly setting: string,
    accepted: string,
  ) {
    super(`Invalid configuration: ${setting} ${accepted}`);
  }
}
