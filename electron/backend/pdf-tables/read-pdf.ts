export async function readPdfWorkbook(..._a: unknown[]): Promise<never> { throw new Error('todo'); }
