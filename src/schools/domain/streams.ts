export function schoolStream(schoolId: string): string {
  return `school-${schoolId}`;
}
