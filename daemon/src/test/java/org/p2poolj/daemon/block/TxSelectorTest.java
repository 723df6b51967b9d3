package org.p2poolj.daemon.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.BlockTemplateParser;
import org.p2poolj.daemon.template.TemplateTx;

class TxSelectorTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void selectionKeepsOrderDependenciesAndLimits(long seed) {
    Random r = new Random(seed);
    var json = HandTemplates.bitcoinTemplate(r, 5 + r.nextInt(40), 800_000, List.of("!segwit"));
    // Tight limits so that some transactions do not fit.
    json.put(
        "weightlimit", SelectionLimits.DEFAULT.coinbaseWeight() + 320 + 2000 + r.nextInt(8000));
    BlockTemplate t = BlockTemplateParser.parse(json);
    Set<Integer> unwanted = new HashSet<>();
    for (int i = 0; i < t.transactions().size(); i++) {
      if (r.nextInt(4) == 0) {
        unwanted.add(i);
      }
    }
    List<TemplateTx> all = t.transactions();
    Selection s =
        TxSelector.select(t, SelectionLimits.DEFAULT, tx -> !unwanted.contains(all.indexOf(tx)));
    List<Integer> indices = new ArrayList<>();
    s.transactions().forEach(tx -> indices.add(all.indexOf(tx)));
    assertThat(indices).isSorted().doesNotContainAnyElementsOf(unwanted);
    for (int i : indices) {
      assertThat(indices).containsAll(all.get(i).depends());
    }
    long weight = s.transactions().stream().mapToLong(TemplateTx::weight).sum();
    assertThat(weight)
        .isEqualTo(s.weight())
        .isLessThanOrEqualTo(t.weightLimit() - SelectionLimits.DEFAULT.coinbaseWeight());
    long fees = all.stream().mapToLong(TemplateTx::fee).sum();
    assertThat(s.fees() + s.leftOutFees()).isEqualTo(fees);
  }
}
