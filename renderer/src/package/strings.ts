// UI strings of the package screens, Bengali first. The i18n setup mounts them under "package.".
export const packageBn = {
  title: 'দাখিল প্যাকেজ',
};
export const packageEn: typeof packageBn = {
  title: 'Submission package',
};
