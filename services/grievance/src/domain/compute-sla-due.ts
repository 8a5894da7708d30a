/** When a department's time is up: the complaint type's SLA hours from the given moment. */
export function computeSlaDue(from: Date, slaHours: number): Date {
  return new Date(from.getTime() + slaHours * 60 * 60 * 1000);
}
