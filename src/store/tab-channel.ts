/**
 * Messages between tabs of this app on the same device: one BroadcastChannel. When the API is
 * missing, posting does nothing and other tabs simply refresh on their next load.
 */
export const CHANNEL_NAME = 'equity-decision-tool';

/** This tab's id, for telling our own messages and locks from other tabs'. */
export const TAB_ID: string = crypto.randomUUID();

export type TabMessage =
  /** These assessments were written or deleted: read them again. */
  | { type: 'changed'; ids: string[] }
  /** The trash changed. */
  | { type: 'trash' }
  /** The last backup time changed. */
  | { type: 'backup' }
  /** Another tab asks the tab editing `id` to save and hand over editing. */
  | { type: 'release'; id: string };

type Envelope = TabMessage & { from: string };

function isEnvelope(data: unknown): data is Envelope {
  if (typeof data !== 'object' || data === null) return false;
  const type: unknown = Reflect.get(data, 'type');
  const from: unknown = Reflect.get(data, 'from');
  if (typeof from !== 'string') return false;
  if (type === 'trash' || type === 'backup') return true;
  if (type === 'release') return typeof Reflect.get(data, 'id') === 'string';
  if (type === 'changed') {
    const ids: unknown = Reflect.get(data, 'ids');
    return Array.isArray(ids) && ids.every((i) => typeof i === 'string');
  }
  return false;
}

let channel: BroadcastChannel | undefined;
function getChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

export function postTabMessage(message: TabMessage): void {
  try {
    getChannel()?.postMessage({ ...message, from: TAB_ID });
  } catch {
    // A closed channel (the page is going away): other tabs will read the database on load.
  }
}

/** Calls `handler` for every message from another tab. Returns the unsubscribe function. */
export function onTabMessage(handler: (message: TabMessage) => void): () => void {
  const ch = getChannel();
  if (!ch) return () => undefined;
  const listener = (e: MessageEvent<unknown>) => {
    if (isEnvelope(e.data) && e.data.from !== TAB_ID) handler(e.data);
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}
