package vn.tongket.vote;

/**
 * How far a badly marked name (0, 2 or 3 boxes, name struck, text added next to it) invalidates a ballot.
 * The guidance (C.III.2.2) lists "phiếu ... đánh dấu vào hai hoặc ba ô tương ứng với tên của một người" among
 * invalid BALLOTS: the default {@link #BALLOT} follows that wording. {@link #CANDIDATE} is the other reading
 * (only that name's vote is void, the rest of the ballot counts); setting {@code tongket.vote.invalid-mark-scope}.
 * A ballot not issued by the board, or with text added outside the list, is void as a whole in both readings.
 */
public enum InvalidMarkScope {
    BALLOT,
    CANDIDATE
}
