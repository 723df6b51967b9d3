package org.p2poolj.stratum.submit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.stratum.job.JobRegistry;
import org.p2poolj.stratum.job.JobSpec;
import org.p2poolj.stratum.job.NotifyDecoder;
import org.p2poolj.stratum.job.StratumHex;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.json.StratumJson;
import org.p2poolj.testkit.GoldenVectors;

/**
 * The reference's shares, taken apart into Stratum work and put back together by the submit path:
 * the rebuilt header and its scrypt hash must be the reference's to the byte.
 */
class HeaderBuilderGoldenTest {
  @Test
  void syntheticChainSharesRoundTripThroughNotifyAndSubmit() throws Exception {
    JsonNode vectors = GoldenVectors.load("share_v35_ltc_testnet_synthetic_chain.json");
    int checked = 0;
    for (JsonNode share : vectors.get("shares")) {
      JsonNode f = share.get("fields");
      JsonNode d = share.get("derived");
      byte[] gentx = Hex.decode(d.get("gentx_stripped_hex").asText());
      int n = gentx.length;
      byte[] coinb1 = Arrays.copyOfRange(gentx, 0, n - 12);
      byte[] nonce8 = Arrays.copyOfRange(gentx, n - 12, n - 4);
      byte[] coinb2 = Arrays.copyOfRange(gentx, n - 4, n);
      assertThat(SubmitProcessor.littleEndianU64(nonce8))
          .isEqualTo(Long.parseUnsignedLong(f.get("last_txout_nonce").asText(), 16));
      JsonNode mh = f.get("min_header");
      List<Hash256> branch = new ArrayList<>();
      for (JsonNode b : f.get("segwit_data").get("txid_merkle_link_branch")) {
        branch.add(Hash256.fromHex(b.asText()));
      }
      BigInteger shareTarget = new BigInteger(d.get("share_target").asText(), 16);
      BigInteger blockTarget = new BigInteger(d.get("block_target").asText(), 16);
      JobSpec spec =
          new JobSpec(
              Hash256.fromHex(mh.get("previous_block").asText()),
              coinb1,
              coinb2,
              branch,
              mh.get("version").asLong(),
              Long.parseLong(mh.get("bits").asText(), 16),
              mh.get("timestamp").asLong(),
              shareTarget,
              blockTarget,
              null);
      StratumJob job = StratumJob.create("j" + checked, spec, true, 0, 0);

      // The miner's view: decode the notify line as a miner would.
      JsonNode notify = StratumJson.mapper().readTree(job.notifyLine()).get("params");
      JobSpec minerView = NotifyDecoder.decode(notify);
      assertThat(minerView.previousBlock()).isEqualTo(spec.previousBlock());
      assertThat(minerView.coinb1()).isEqualTo(coinb1);

      JobRegistry registry = new JobRegistry(1000, 10);
      registry.register(job, 0);
      List<Submission> shares = new CopyOnWriteArrayList<>();
      SubmitSink sink =
          new SubmitSink() {
            @Override
            public void onShare(Submission s) {
              shares.add(s);
            }
          };
      SubmitProcessor processor = new SubmitProcessor(registry, PowFunction.SCRYPT, sink);
      byte[] xn1 = Arrays.copyOfRange(nonce8, 0, 4);
      Submitter who = new Submitter(1, xn1, 4, 0, shareTarget, null);
      SubmitRequest req =
          new SubmitRequest(
              "w",
              job.jobId(),
              Hex.encode(Arrays.copyOfRange(nonce8, 4, 8)),
              StratumHex.u32(mh.get("timestamp").asLong()),
              StratumHex.u32(mh.get("nonce").asLong()),
              null);
      SubmitResult result = processor.process(who, req, new DuplicateFilter(4, 10), 0);

      assertThat(result).isInstanceOf(SubmitResult.Accepted.class);
      assertThat(shares).hasSize(1);
      Submission s = shares.get(0);
      assertThat(Hex.encode(s.header80())).isEqualTo(d.get("header_hex").asText());
      assertThat(s.powHash().toHex()).isEqualTo(d.get("pow_hash").asText());
      assertThat(s.coinbase()).isEqualTo(gentx);
      assertThat(s.header().merkleRoot().toHex()).isEqualTo(d.get("merkle_root").asText());
      checked++;
    }
    assertThat(checked).isEqualTo(6);
  }

  @Test
  void realShareMerkleRootFoldsTheSegwitTxidBranch() {
    JsonNode v = GoldenVectors.load("share_v35_ltc_testnet_real.json");
    List<Hash256> branch = new ArrayList<>();
    for (JsonNode b : v.get("fields").get("segwit_data").get("txid_merkle_link_branch")) {
      branch.add(Hash256.fromHex(b.asText()));
    }
    assertThat(branch).hasSize(2);
    Hash256 gentx = Hash256.fromHex(v.get("derived").get("gentx_hash").asText());
    assertThat(HeaderBuilder.foldBranch(gentx, branch).toHex())
        .isEqualTo(v.get("derived").get("merkle_root").asText());
  }

  @Test
  void realShareHeaderThroughStratumByteOrders() {
    JsonNode v = GoldenVectors.load("share_v35_ltc_testnet_real.json");
    JsonNode mh = v.get("fields").get("min_header");
    byte[] header = Hex.decode(v.get("derived").get("header_hex").asText());
    // The notify's prevhash is swap4 of the header bytes; the u32 fields are big-endian hex.
    String prevhash = StratumHex.prevhash(Hash256.fromHex(mh.get("previous_block").asText()));
    assertThat(StratumHex.prevhashToWire(prevhash)).isEqualTo(Arrays.copyOfRange(header, 4, 36));
    assertThat(StratumHex.parseU32(StratumHex.u32(mh.get("nonce").asLong())))
        .isEqualTo(mh.get("nonce").asLong());
    assertThat(PowFunction.SCRYPT.powHash(header).toHex())
        .isEqualTo(v.get("derived").get("pow_hash_scrypt").asText());
  }
}
