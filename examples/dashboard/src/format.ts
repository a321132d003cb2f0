// How values read on the page: times in the viewer's zone, durations as minutes and seconds, types as words.
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  const rounded = Math.round(seconds);
  const hours = Math.floor(rounded / 3600);
  const minutes = Math.floor((rounded % 3600) / 60);
  const rest = String(rounded % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** `IN_CALL_DATA_EXTRACTION` -> `In-call data extraction`. */
export function actionTypeLabel(type: string): string {
  if (type === 'SMS') return 'SMS';
  const words = type.toLowerCase().replace('in_call', 'in-call').split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The action types in the order the calls ran them first, each once. */
export function distinctTypes(actions: readonly { type: string | null }[]): string[] {
  return [...new Set(actions.map((action) => action.type ?? 'UNKNOWN'))];
}
