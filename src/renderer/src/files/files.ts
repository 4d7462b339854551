// Saving and opening files from the browser side: a download for exports, a file picker's text for imports.

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function readText(file: File, maxBytes = 5 * 1024 * 1024): Promise<string> {
  if (file.size > maxBytes)
    throw new Error(`${file.name} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  return file.text();
}
