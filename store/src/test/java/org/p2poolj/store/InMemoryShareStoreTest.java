package org.p2poolj.store;

class InMemoryShareStoreTest extends ShareStoreContract {
  @Override
  protected ShareStore openStore() {
    return new InMemoryShareStore();
  }
}
