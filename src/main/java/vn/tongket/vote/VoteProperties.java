package vn.tongket.vote;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tongket.vote.*}. {@code invalid-mark-scope}: BALLOT (default, the guidance's wording: one badly marked
 * name voids the whole ballot) or CANDIDATE (only that name's vote is void). The scope is fixed on each vote when
 * it is created, so changing the setting never changes a count already made.
 */
@ConfigurationProperties("tongket.vote")
public class VoteProperties {

    private InvalidMarkScope invalidMarkScope = InvalidMarkScope.BALLOT;

    public InvalidMarkScope getInvalidMarkScope() { return invalidMarkScope; }
    public void setInvalidMarkScope(InvalidMarkScope invalidMarkScope) { this.invalidMarkScope = invalidMarkScope; }
}
