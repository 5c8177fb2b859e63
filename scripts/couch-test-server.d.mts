export interface CouchTestServer {
  origin: string;
  createDb(name: string): Promise<string>;
  kill(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}
export function startCouchServer(options?: { port?: number }): Promise<CouchTestServer>;
