package org.p2poolj.stratum.username;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayoutResolverTest {
  private static final AddressValidator ONLY_Q =
      a -> a.startsWith("Q") ? Optional.empty() : Optional.of("wrong prefix");

  @Test
  void validAddressPaysItself() {
    PayoutResolver r = new PayoutResolver(ONLY_Q, InvalidAddressPolicy.REFUSE, null, "ltc");
    var res = r.resolve("Qgood.w1+3");
    assertThat(res).isInstanceOf(PayoutResolver.Resolution.Accepted.class);
    ResolvedWorker w = ((PayoutResolver.Resolution.Accepted) res).worker();
    assertThat(w.payoutAddress()).isEqualTo("Qgood");
    assertThat(w.paidToNode()).isFalse();
    assertThat(w.statsKey()).isEqualTo("Qgood.w1");
  }

  @Test
  void refusePolicyExplainsWhy() {
    PayoutResolver r = new PayoutResolver(ONLY_Q, InvalidAddressPolicy.REFUSE, null, "litecoin");
    var res = r.resolve("Xbad.w1");
    assertThat(res).isInstanceOf(PayoutResolver.Resolution.Refused.class);
    assertThat(((PayoutResolver.Resolution.Refused) res).message())
        .contains("Xbad")
        .contains("litecoin")
        .contains("wrong prefix");
  }

  @Test
  void payNodePolicyPaysTheOperator() {
    PayoutResolver r = new PayoutResolver(ONLY_Q, InvalidAddressPolicy.PAY_NODE, "Qnode", "ltc");
    ResolvedWorker w = ((PayoutResolver.Resolution.Accepted) r.resolve("Xbad.w1")).worker();
    assertThat(w.payoutAddress()).isEqualTo("Qnode");
    assertThat(w.paidToNode()).isTrue();
    assertThat(w.statsKey()).isEqualTo("Xbad.w1");
  }

  @Test
  void payNodePolicyNeedsAValidNodeAddress() {
    assertThatThrownBy(
            () -> new PayoutResolver(ONLY_Q, InvalidAddressPolicy.PAY_NODE, "Xnode", "ltc"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
