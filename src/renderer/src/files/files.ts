// Reading files the manager picks for import.

export async function readText(file: File, maxBytes = 5 * 1024 * 1024): Promise<string> {
  if (file.size > maxBytes)
    throw new Error(`${file.name} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  return file.text();
}
