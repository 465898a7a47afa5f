import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner, ReplicationMode } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';

type Work = (manager: EntityManager) => Promise<unknown>;

interface OpenTransaction {
  dataSource: DataSource;
  manager: EntityManager;
  /** False once the transaction has ended: work it left running must not use its connection. */
  open: boolean;
}

const openTransactions = new AsyncLocalStorage<OpenTransaction>();

function openTransactionOf(dataSource: DataSource): OpenTransaction | null {
  const transaction = openTransactions.getStore();
  return transaction?.open && transaction.dataSource === dataSource ? transaction : null;
}

/**
 * Code inside a transaction asked the pool for another connection. Under load every pooled
 * connection can be held by a transaction waiting for one more, and the whole API stops: so this
 * is refused at once, in every environment, rather than when the pool runs dry (decision 0026).
 */
export class SecondConnectionError extends Error {
  constructor() {
    super(
      'A query inside a transaction asked the pool for a second connection. Use the Db of the ' +
        'service (db.manager) or the transaction’s EntityManager instead of the DataSource.',
    );
    this.name = 'SecondConnectionError';
  }
}

/** Runs `work` with its transaction's manager known to every `Db` and to the pool guard. */
function asOpenTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): (manager: EntityManager) => Promise<T> {
  return async (manager) => {
    const transaction: OpenTransaction = { dataSource, manager, open: true };
    try {
      return await openTransactions.run(transaction, () => work(manager));
    } finally {
      transaction.open = false;
    }
  };
}

/**
 * Makes `dataSource` refuse to hand out a pooled connection to code running inside one of its
 * transactions. Every TypeORM path to the pool (manager, repository, query builder,
 * `dataSource.query`) goes through `createQueryRunner`, and every transaction opened on the pool
 * (`dataSource.transaction`, a repository's `manager.transaction`, a `Db`) is known to the guard.
 */
export function refuseSecondConnections(dataSource: DataSource): DataSource {
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode?: ReplicationMode): QueryRunner => {
    if (openTransactionOf(dataSource)) throw new SecondConnectionError();
    return createQueryRunner(mode);
  };
  // DataSource.transaction and every repository's manager.transaction go through this one manager.
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (
    isolation: IsolationLevel | Work,
    work?: Work,
  ) => Promise<unknown>;
  manager.transaction = ((isolationOrWork: IsolationLevel | Work, maybeWork?: Work) =>
    typeof isolationOrWork === 'function'
      ? transaction(asOpenTransaction(dataSource, isolationOrWork))
      : transaction(
          isolationOrWork,
          asOpenTransaction(dataSource, maybeWork as Work),
        )) as EntityManager['transaction'];
  return dataSource;
}

/**
 * The one way services reach the database. Inside `transaction(work)`, `manager` is that
 * transaction's EntityManager for every service that shares this Db, and a nested `transaction`
 * joins the open one; outside, `manager` reads through the pool.
 */
export class Db {
  constructor(readonly dataSource: DataSource) {}

  /** The open transaction's manager, or the pool's. */
  get manager(): EntityManager {
    return openTransactionOf(this.dataSource)?.manager ?? this.dataSource.manager;
  }

  /** Runs `work` in one transaction on one connection: the open one if there is one, else a new one. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = openTransactionOf(this.dataSource);
    return open ? work(open.manager) : this.dataSource.transaction(work);
  }
}
