package org.p2poolj.coin.hash;

import static jdk.incubator.vector.VectorOperators.ROL;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * ROMix with Salsa20/8 on 128-bit vectors. Each 16-word block is held as four vectors along its
 * diagonals (row q, lane l holds word (4q + 5l) mod 16), so a column or row round is four vector
 * steps and a round ends with lane rotations instead of scalar shuffling. This is about 1.6 times
 * the scalar speed on AVX2 machines; the class is only loaded when the incubator module is present
 * (see {@link RoMix#vectorModulePresent}).
 */
final class VectorRoMix implements RoMix {
  private static final VectorSpecies<Integer> S = IntVector.SPECIES_128;
  private static final VectorShuffle<Integer> ROT1 = VectorShuffle.fromValues(S, 3, 0, 1, 2);
  private static final VectorShuffle<Integer> ROT2 = VectorShuffle.fromValues(S, 2, 3, 0, 1);
  private static final VectorShuffle<Integer> ROT3 = VectorShuffle.fromValues(S, 1, 2, 3, 0);

  /** Word indices of a block in diagonal order: vector q takes entries 4q..4q+3. */
  private static final int[] DIAGONALS = {0, 5, 10, 15, 4, 9, 14, 3, 8, 13, 2, 7, 12, 1, 6, 11};

  private VectorRoMix() {}

  static RoMix create() {
    return new VectorRoMix();
  }

  @Override
  public void mix(int[] x, int[] v) {
    // a = B0, b = B1 in diagonal order; v stores blocks in that order too, so only the ends
    // permute. (Plain loads from a permuted copy, not gathers: a vector that enters the loop from a
    // call C2 does not intrinsify stays boxed, and every step would then allocate.)
    int[] d = new int[32];
    for (int i = 0; i < 32; i++) {
      d[i] = x[(i & 16) + DIAGONALS[i & 15]];
    }
    IntVector a0 = IntVector.fromArray(S, d, 0);
    IntVector a1 = IntVector.fromArray(S, d, 4);
    IntVector a2 = IntVector.fromArray(S, d, 8);
    IntVector a3 = IntVector.fromArray(S, d, 12);
    IntVector b0 = IntVector.fromArray(S, d, 16);
    IntVector b1 = IntVector.fromArray(S, d, 20);
    IntVector b2 = IntVector.fromArray(S, d, 24);
    IntVector b3 = IntVector.fromArray(S, d, 28);
    for (int i = 0; i < 2 * N; i++) {
      if (i < N) {
        int o = i * 32;
        a0.intoArray(v, o);
        a1.intoArray(v, o + 4);
        a2.intoArray(v, o + 8);
        a3.intoArray(v, o + 12);
        b0.intoArray(v, o + 16);
        b1.intoArray(v, o + 20);
        b2.intoArray(v, o + 24);
        b3.intoArray(v, o + 28);
      } else {
        // Integerify: word 16 is lane 0 of B1's first diagonal.
        int o = (b0.lane(0) & (N - 1)) * 32;
        a0 = a0.lanewise(XOR, IntVector.fromArray(S, v, o));
        a1 = a1.lanewise(XOR, IntVector.fromArray(S, v, o + 4));
        a2 = a2.lanewise(XOR, IntVector.fromArray(S, v, o + 8));
        a3 = a3.lanewise(XOR, IntVector.fromArray(S, v, o + 12));
        b0 = b0.lanewise(XOR, IntVector.fromArray(S, v, o + 16));
        b1 = b1.lanewise(XOR, IntVector.fromArray(S, v, o + 20));
        b2 = b2.lanewise(XOR, IntVector.fromArray(S, v, o + 24));
        b3 = b3.lanewise(XOR, IntVector.fromArray(S, v, o + 28));
      }
      // BlockMix r=1 as two identical steps: (a, b) -> (b, salsa(a ^ b)).
      for (int half = 0; half < 2; half++) {
        IntVector j0 = a0.lanewise(XOR, b0);
        IntVector j1 = a1.lanewise(XOR, b1);
        IntVector j2 = a2.lanewise(XOR, b2);
        IntVector j3 = a3.lanewise(XOR, b3);
        IntVector x0 = j0;
        IntVector x1 = j1;
        IntVector x2 = j2;
        IntVector x3 = j3;
        for (int round = 0; round < 8; round += 2) {
          x1 = x1.lanewise(XOR, x0.add(x3).lanewise(ROL, 7));
          x2 = x2.lanewise(XOR, x1.add(x0).lanewise(ROL, 9));
          x3 = x3.lanewise(XOR, x2.add(x1).lanewise(ROL, 13));
          x0 = x0.lanewise(XOR, x3.add(x2).lanewise(ROL, 18));
          x1 = x1.rearrange(ROT1);
          x2 = x2.rearrange(ROT2);
          x3 = x3.rearrange(ROT3);
          x3 = x3.lanewise(XOR, x0.add(x1).lanewise(ROL, 7));
          x2 = x2.lanewise(XOR, x3.add(x0).lanewise(ROL, 9));
          x1 = x1.lanewise(XOR, x2.add(x3).lanewise(ROL, 13));
          x0 = x0.lanewise(XOR, x1.add(x2).lanewise(ROL, 18));
          x1 = x1.rearrange(ROT3);
          x2 = x2.rearrange(ROT2);
          x3 = x3.rearrange(ROT1);
        }
        a0 = b0;
        a1 = b1;
        a2 = b2;
        a3 = b3;
        b0 = x0.add(j0);
        b1 = x1.add(j1);
        b2 = x2.add(j2);
        b3 = x3.add(j3);
      }
    }
    a0.intoArray(d, 0);
    a1.intoArray(d, 4);
    a2.intoArray(d, 8);
    a3.intoArray(d, 12);
    b0.intoArray(d, 16);
    b1.intoArray(d, 20);
    b2.intoArray(d, 24);
    b3.intoArray(d, 28);
    for (int i = 0; i < 32; i++) {
      x[(i & 16) + DIAGONALS[i & 15]] = d[i];
    }
  }

  @Override
  public String name() {
    return "vector-128";
  }
}
