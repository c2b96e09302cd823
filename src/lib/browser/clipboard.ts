/**
 * Copies `text`; false when the browser refuses (no permission, an insecure origin, an old
 * browser). The caller then selects the text in its field so the user can copy it by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
