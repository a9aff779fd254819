interface NetworkInformationLike {
  saveData?: boolean;
  effectiveType?: string;
}

/**
 * True when the user asked the browser to save data, or the connection is very slow: then nothing
 * big is fetched ahead of need (the letter's files and their code, the offline copy of the site),
 * only when the user shows they want it.
 */
export function saveDataAsked(): boolean {
  const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
  if (!connection) return false;
  return connection.saveData === true || connection.effectiveType === "slow-2g" || connection.effectiveType === "2g";
}
