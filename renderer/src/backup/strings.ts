// UI strings of the backup screens, Bengali first. The i18n setup mounts them under "backup.".
export const backupBn = {
  title: 'ব্যাকআপ ও পুনরুদ্ধার',
};
export const backupEn: typeof backupBn = {
  title: 'Backup and restore',
};
