// UI strings of the review screens, Bengali first. The i18n setup mounts them under "review.".
export const reviewBn = {
  title: 'পর্যালোচনা',
};
export const reviewEn: typeof reviewBn = {
  title: 'Review',
};
