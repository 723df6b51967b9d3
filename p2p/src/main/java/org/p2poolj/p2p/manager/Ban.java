package org.p2poolj.p2p.manager;

import java.time.Instant;
import org.p2poolj.p2p.peer.DisconnectReason;

/** A banned host, until when, its score (offences so far) and the last reason. */
public record Ban(String host, Instant until, int score, DisconnectReason reason) {}
