/**
 * Per-session variable difficulty: the reference's retarget rule toward a configured pseudoshare
 * rate, an idle easing step so a tiny miner is not stranded at a difficulty it never meets, and the
 * conversion between targets and the difficulties Stratum displays ({@code DUMB_SCRYPT_DIFF}). Pure
 * state machines with the time passed in.
 */
package org.p2poolj.stratum.vardiff;
