// What the durable-renames child writes, known to the test that checks it.
export const PACKAGE_NAME = 'APA-test-2023-24-H1-1';
export const MEMO = Buffer.from('%PDF-1.4 স্মারক'.repeat(2000));
export const EXPORT_FILE = 'exports/apa-desk-2024-01-25.sqlite';
