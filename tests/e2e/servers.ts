/** The built editions the browser tests run against, and where each is served. */
export type ServedEdition = 'public' | 'staff' | 'corpus' | 'corpus-staff';

/** Each served edition's folder, port and address; `base` is the first port. */
export function e2eServers(base: number): Record<ServedEdition, { dir: string; port: number; url: string }> {
  const at = (dir: string, port: number) => ({ dir, port, url: `http://127.0.0.1:${port}` });
  return {
    public: at('dist/fixture/public', base),
    staff: at('dist/fixture/staff', base + 1),
    corpus: at('dist/public', base + 2),
    'corpus-staff': at('dist/staff', base + 3),
  };
}
