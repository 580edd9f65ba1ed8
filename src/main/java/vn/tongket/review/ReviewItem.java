package vn.tongket.review;

import jakarta.persistence.*;
import java.time.LocalDateTime;

/** The review of one person (or of the collective: no member) in one place, within a session. */
@Entity
@Table(name = "review_item")
public class ReviewItem {

    public enum Status { PLANNED, IN_PROGRESS, FLAGGED, PAUSED, CONCLUDED }

    /** Phase of the collective's own item (before every individual phase). */
    public static final String COLLECTIVE_PHASE = "COLLECTIVE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private Long sessionId;
    @Column(nullable = false)
    private String phase;
    @Column(name = "phase_index", nullable = false)
    private int phaseIndex;
    @Column(nullable = false)
    private int seq;
    @Column(name = "member_code")
    private String memberCode;
    @Column(name = "member_name")
    private String memberName;
    @Column(name = "place_kind", nullable = false)
    private String placeKind;
    @Column(name = "place_unit_code", nullable = false)
    private String placeUnitCode;
    @Column(name = "place_name", nullable = false)
    private String placeName;
    @Column(name = "place_group", nullable = false)
    private String placeGroup;
    @Column(name = "review_rank", nullable = false)
    private String rank;
    @Column(name = "chair_code")
    private String chairCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PLANNED;
    @Column(columnDefinition = "TEXT")
    private String conclusion;
    @Column(name = "violation_signs", nullable = false)
    private boolean violationSigns;
    @Column(nullable = false)
    private boolean paused;
    @Column(name = "superior_instruction", columnDefinition = "TEXT")
    private String superiorInstruction;
    @Column(name = "inspection_conclusion", columnDefinition = "TEXT")
    private String inspectionConclusion;
    @Column(columnDefinition = "TEXT")
    private String discipline;
    @Column(name = "concluded_at")
    private LocalDateTime concludedAt;

    protected ReviewItem() {
    }

    public ReviewItem(Long sessionId, String phase, int phaseIndex, int seq, String memberCode, String memberName,
                      String placeKind, String placeUnitCode, String placeName, String placeGroup, String rank) {
        this.sessionId = sessionId;
        this.phase = phase;
        this.phaseIndex = phaseIndex;
        this.seq = seq;
        this.memberCode = memberCode;
        this.memberName = memberName;
        this.placeKind = placeKind;
        this.placeUnitCode = placeUnitCode;
        this.placeName = placeName;
        this.placeGroup = placeGroup;
        this.rank = rank;
    }

    public boolean isCollective() { return memberCode == null; }
    /** "Tập thể …" or the member's name, for tasks and reports. */
    public String subject() { return isCollective() ? "Tập thể " + placeName : memberName + " (" + memberCode + ")"; }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public String getPhase() { return phase; }
    public int getPhaseIndex() { return phaseIndex; }
    public int getSeq() { return seq; }
    public String getMemberCode() { return memberCode; }
    public String getMemberName() { return memberName; }
    public String getPlaceKind() { return placeKind; }
    public String getPlaceUnitCode() { return placeUnitCode; }
    public String getPlaceName() { return placeName; }
    public String getPlaceGroup() { return placeGroup; }
    public String getRank() { return rank; }
    public String getChairCode() { return chairCode; }
    public void setChairCode(String chairCode) { this.chairCode = chairCode; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public boolean isViolationSigns() { return violationSigns; }
    public void setViolationSigns(boolean violationSigns) { this.violationSigns = violationSigns; }
    public boolean isPaused() { return paused; }
    public void setPaused(boolean paused) { this.paused = paused; }
    public String getSuperiorInstruction() { return superiorInstruction; }
    public void setSuperiorInstruction(String superiorInstruction) { this.superiorInstruction = superiorInstruction; }
    public String getInspectionConclusion() { return inspectionConclusion; }
    public void setInspectionConclusion(String inspectionConclusion) { this.inspectionConclusion = inspectionConclusion; }
    public String getDiscipline() { return discipline; }
    public void setDiscipline(String discipline) { this.discipline = discipline; }
    public LocalDateTime getConcludedAt() { return concludedAt; }
    public void setConcludedAt(LocalDateTime concludedAt) { this.concludedAt = concludedAt; }
}
