package org.p2poolj.coin.tx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;

/**
 * A Bitcoin transaction. {@code witnesses} is either empty (no witness data) or holds one stack per
 * input; it is serialized in the BIP144 form exactly when some stack is non-empty.
 */
public record Transaction(
    long version,
    List<TxIn> inputs,
    List<TxOut> outputs,
    List<List<byte[]>> witnesses,
    long lockTime) {

  /** Per-input witness stacks are at most this many items on read (a consensus-independent cap). */
  private static final int MAX_WITNESS_ITEMS = 1 << 16;

  /** Smallest encodings (outpoint + empty script + sequence; value + empty script) bound counts. */
  private static final int MIN_TXIN_SIZE = 41;

  private static final int MIN_TXOUT_SIZE = 9;

  public Transaction {
    checkU32("version", version);
    checkU32("lockTime", lockTime);
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    if (!witnesses.isEmpty() && witnesses.size() != inputs.size()) {
      throw new IllegalArgumentException(
          "need one witness stack per input: " + witnesses.size() + " for " + inputs.size());
    }
    List<List<byte[]>> copy = new ArrayList<>(witnesses.size());
    for (List<byte[]> stack : witnesses) {
      copy.add(stack.stream().map(byte[]::clone).toList());
    }
    witnesses = List.copyOf(copy);
  }

  /** A transaction without witness data. */
  public static Transaction of(long version, List<TxIn> in, List<TxOut> out, long lockTime) {
    return new Transaction(version, in, out, List.of(), lockTime);
  }

  static void checkU32(String name, long v) {
    if (v < 0 || v > 0xffffffffL) {
      throw new IllegalArgumentException(name + " out of u32 range: " + v);
    }
  }

  /** Witness items are copied out, so the record stays immutable. */
  @Override
  public List<List<byte[]>> witnesses() {
    List<List<byte[]>> out = new ArrayList<>(witnesses.size());
    for (List<byte[]> stack : witnesses) {
      out.add(stack.stream().map(byte[]::clone).toList());
    }
    return List.copyOf(out);
  }

  public boolean hasWitness() {
    for (List<byte[]> stack : witnesses) {
      if (!stack.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Reads a transaction in either form (BIP144 marker 0, flag 1). */
  public static Transaction read(ByteReader r) {
    long version = r.u32le();
    int count = r.listCount(r.remaining() / MIN_TXIN_SIZE);
    boolean segwit = false;
    if (count == 0) {
      int flag = r.u8();
      if (flag != 1) {
        throw new ProtocolException(
            "unsupported transaction flag " + flag + " (only the segwit flag 1 is read)");
      }
      segwit = true;
      count = r.listCount(r.remaining() / MIN_TXIN_SIZE);
    }
    List<TxIn> in = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      in.add(TxIn.read(r));
    }
    int outCount = r.listCount(r.remaining() / MIN_TXOUT_SIZE);
    List<TxOut> out = new ArrayList<>(outCount);
    for (int i = 0; i < outCount; i++) {
      out.add(TxOut.read(r));
    }
    List<List<byte[]>> wit = new ArrayList<>();
    if (segwit) {
      for (int i = 0; i < count; i++) {
        int items = r.listCount(MAX_WITNESS_ITEMS);
        List<byte[]> stack = new ArrayList<>(items);
        for (int j = 0; j < items; j++) {
          stack.add(r.varStr());
        }
        wit.add(stack);
      }
    }
    long lockTime = r.u32le();
    Transaction tx = new Transaction(version, in, out, wit, lockTime);
    if (segwit && !tx.hasWitness()) {
      // Core rejects this too: the witness form must carry a witness.
      throw new ProtocolException("superfluous witness marker: every witness stack is empty");
    }
    return tx;
  }

  /** Parses exactly one transaction from {@code bytes}. */
  public static Transaction parse(byte[] bytes) {
    ByteReader r = new ByteReader(bytes);
    Transaction tx = read(r);
    r.expectEnd();
    return tx;
  }

  public void write(ByteWriter w) {
    boolean segwit = hasWitness();
    w.u32le(version);
    if (segwit) {
      w.u8(0).u8(1);
    }
    writeBody(w);
    if (segwit) {
      for (List<byte[]> stack : witnesses) {
        w.varInt(stack.size());
        for (byte[] item : stack) {
          w.varStr(item);
        }
      }
    }
    w.u32le(lockTime);
  }

  private void writeBody(ByteWriter w) {
    w.varInt(inputs.size());
    for (TxIn in : inputs) {
      in.write(w);
    }
    w.varInt(outputs.size());
    for (TxOut out : outputs) {
      out.write(w);
    }
  }

  /** The witness form when there is witness data, else the stripped form. */
  public byte[] serialize() {
    ByteWriter w = new ByteWriter(256);
    write(w);
    return w.toByteArray();
  }

  /** The form without witness data, which the txid commits to. */
  public byte[] serializeStripped() {
    ByteWriter w = new ByteWriter(256);
    w.u32le(version);
    writeBody(w);
    w.u32le(lockTime);
    return w.toByteArray();
  }

  public Hash256 txid() {
    return Sha256d.hash256(serializeStripped());
  }

  public Hash256 wtxid() {
    return hasWitness() ? Sha256d.hash256(serialize()) : txid();
  }

  public int size() {
    return serialize().length;
  }

  public int strippedSize() {
    return serializeStripped().length;
  }

  /** BIP141 weight: 3 x stripped size + total size. */
  public int weight() {
    return 3 * strippedSize() + size();
  }

  public boolean isCoinbase() {
    return inputs.size() == 1 && inputs.get(0).isCoinbase();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Transaction t && Arrays.equals(serialize(), t.serialize());
  }

  @Override
  public int hashCode() {
    return wtxid().hashCode();
  }

  @Override
  public String toString() {
    return "Transaction[" + Hex.encode(serialize()) + "]";
  }
}
