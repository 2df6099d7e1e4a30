export default async function globalTeardown(): Promise<void> {
  await globalThis.__ecloreIntegrationPg?.stop();
  globalThis.__ecloreIntegrationPg = undefined;
}
