// The store contract (auth-store-contract.ts) over the in-memory stores the other auth tests use,
// so those tests stand on stores that behave as the PostgreSQL ones do.
import { describeAuthStoreContract } from './auth-store-contract';
import { MemoryAccounts, MemoryInvitations, MemorySessions } from './auth-memory-stores';

describeAuthStoreContract('in memory', async () => {
  const accounts = new MemoryAccounts();
  const sessions = new MemorySessions();
  const invitations = new MemoryInvitations(accounts);
  return {
    accounts,
    sessions,
    invitations,
    storedText: async () =>
      JSON.stringify([...accounts.rows.values(), ...sessions.rows.entries(), ...invitations.rows.entries()]),
  };
});
