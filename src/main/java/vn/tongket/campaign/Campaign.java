package vn.tongket.campaign;

import jakarta.persistence.*;
import java.time.Instant;

/** One run of the annual cycle: a year and the root unit it covers (the bloc or one grassroots unit). */
@Entity
@Table(name = "campaign")
public class Campaign {

    public enum State { RUNNING, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Column(name = "root_unit_code", nullable = false, length = 40)
    private String rootUnitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state = State.RUNNING;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "started_by", length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Campaign() {
    }

    public Campaign(int year, String rootUnitCode, String processInstanceId, String startedBy, Instant startedAt) {
        this.year = year;
        this.rootUnitCode = rootUnitCode;
        this.processInstanceId = processInstanceId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public String getRootUnitCode() { return rootUnitCode; }
    public State getState() { return state; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }

    public void close(Instant when) {
        this.state = State.CLOSED;
        this.endedAt = when;
    }
}
