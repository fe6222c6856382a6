import { TestApp } from './test-app';

/** Runs `work` and returns the SQL statements the app sent meanwhile (for N+1 checks). */
export async function statementsDuring(t: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const logged: string[] = [];
  const original = t.dataSource.driver.createQueryRunner.bind(t.dataSource.driver);
  const spy = jest.spyOn(t.dataSource.driver, 'createQueryRunner').mockImplementation((mode) => {
    const runner = original(mode);
    const query = runner.query.bind(runner);
    runner.query = ((sql: string, params?: unknown[], structured?: boolean) => {
      logged.push(sql);
      return query(sql, params, structured as true);
    }) as typeof runner.query;
    return runner;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return logged;
}
