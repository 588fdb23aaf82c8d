// An office as the user's language names it: its English name in English mode (the Bengali name when
// it has none), its Bengali name otherwise.
export interface NamedOffice {
  nameBn: string;
  nameEn?: string | null | undefined;
}

export function officeName(office: NamedOffice, language: string): string {
  if (language === 'en') {
    const en = office.nameEn?.trim();
    if (en) return en;
  }
  return office.nameBn;
}
