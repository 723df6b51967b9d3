package org.p2poolj.daemon.template;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;

/**
 * A parsed {@code getblocktemplate} answer. Byte fields are copied in and out.
 *
 * @param longPollId empty when the daemon does not offer long-polling
 * @param defaultWitnessCommitment the daemon's commitment script for all its transactions, if any
 * @param mweb the serialized MWEB extension block (Litecoin, once MWEB is active)
 * @param coinbaseFlags {@code coinbaseaux.flags}, to be put into the coinbase script
 */
public record BlockTemplate(
    long version,
    Hash256 previousBlockHash,
    List<TemplateTx> transactions,
    long coinbaseValue,
    String longPollId,
    BigInteger target,
    long minTime,
    long curTime,
    long bits,
    long height,
    long sizeLimit,
    long weightLimit,
    long sigopLimit,
    List<String> rules,
    Optional<byte[]> defaultWitnessCommitment,
    Optional<byte[]> mweb,
    byte[] coinbaseFlags) {

  public BlockTemplate {
    transactions = List.copyOf(transactions);
    rules = List.copyOf(rules);
    defaultWitnessCommitment = defaultWitnessCommitment.map(byte[]::clone);
    mweb = mweb.map(byte[]::clone);
    coinbaseFlags = coinbaseFlags.clone();
  }

  @Override
  public Optional<byte[]> defaultWitnessCommitment() {
    return defaultWitnessCommitment.map(byte[]::clone);
  }

  @Override
  public Optional<byte[]> mweb() {
    return mweb.map(byte[]::clone);
  }

  @Override
  public byte[] coinbaseFlags() {
    return coinbaseFlags.clone();
  }

  /** Segwit is active: the coinbase needs a witness commitment (rule "segwit" or "!segwit"). */
  public boolean segwit() {
    return rules.contains("segwit") || rules.contains("!segwit");
  }

  /** MWEB is active on this template (Litecoin): the block needs the HogEx and the MWEB blob. */
  public boolean hasMweb() {
    return mweb.isPresent();
  }

  /** What makes two templates "the same work" for publishing: tip, long-poll id and tx set. */
  public Key key() {
    return new Key(
        previousBlockHash, longPollId, transactions.stream().map(TemplateTx::txid).toList());
  }

  /** See {@link #key()}. */
  public record Key(Hash256 previousBlockHash, String longPollId, List<Hash256> txids) {
    public Key {
      txids = List.copyOf(txids);
    }
  }
}
