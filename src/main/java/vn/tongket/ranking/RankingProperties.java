package vn.tongket.ranking;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tongket.ranking.*}. {@code excellent-cap-percent}: the largest share (whole percent, rounded down on
 * the count) of members ranked "hoàn thành xuất sắc" among the ranked members of a branch and of a grassroots
 * organization; empty (the default) = no cap, as the 2013 guidance sets none.
 */
@ConfigurationProperties("tongket.ranking")
public class RankingProperties {

    private Integer excellentCapPercent;

    public Integer getExcellentCapPercent() { return excellentCapPercent; }

    public void setExcellentCapPercent(Integer excellentCapPercent) {
        if (excellentCapPercent != null && (excellentCapPercent < 0 || excellentCapPercent > 100)) {
            throw new IllegalArgumentException("tongket.ranking.excellent-cap-percent must be 0..100");
        }
        this.excellentCapPercent = excellentCapPercent;
    }
}
