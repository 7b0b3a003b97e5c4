package org.gridgov.platform.messaging;

/**
 * The rule by which a consumer takes the events of one stream (the events of one case) in order:
 * the events are numbered 1, 2, 3, … by their producer, and the consumer remembers the last
 * number it applied. Plain Java, so the rule can be read and tested on its own.
 */
public final class EventOrder {

    /** What to do with an arriving event. */
    public enum Verdict {
        /** Exactly the next one: apply it now. */
        APPLY,
        /** Applied before (a redelivery, a replay): skip it. */
        ALREADY_APPLIED,
        /** Its predecessor has not been applied yet: hold it until that one is. */
        HOLD,
        /** An event from before numbering began (no sequence) on a stream none of whose numbered events was applied yet. */
        APPLY_UNNUMBERED
    }

    private EventOrder() {
    }

    /**
     * @param lastApplied the number of the last event applied on this stream, 0 when none
     * @param sequence    the arriving event's number, or null for an event written before
     *                    numbering began
     */
    public static Verdict of(long lastApplied, Long sequence) {
        if (lastApplied < 0) {
            throw new IllegalArgumentException("last applied sequence " + lastApplied + " is negative");
        }
        if (sequence == null) {
            // unnumbered events all precede the first numbered one of their stream on the same
            // partition; once a numbered event was applied, an unnumbered one can only be a replay
            return lastApplied == 0 ? Verdict.APPLY_UNNUMBERED : Verdict.ALREADY_APPLIED;
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence " + sequence + " is not positive");
        }
        if (sequence <= lastApplied) {
            return Verdict.ALREADY_APPLIED;
        }
        return sequence == lastApplied + 1 ? Verdict.APPLY : Verdict.HOLD;
    }
}
