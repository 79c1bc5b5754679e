/** Excel compares sheet names without regard to case: "contrôle 2020" is "Contrôle 2020". */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}
