package vn.tongket.organization;

import jakarta.persistence.*;
import java.time.LocalDate;

/** A post held by a member in a unit between two dates (end date empty while held). */
@Entity
@Table(name = "org_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private PartyMember member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PositionRole role;

    /** The post as printed on ballots and reports, e.g. "Giám đốc Sở Tài chính". */
    private String title;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected Position() {
    }

    public Position(PartyMember member, OrgUnit unit, PositionRole role, String title, LocalDate startDate) {
        this.member = member;
        this.unit = unit;
        this.role = role;
        this.title = title;
        this.startDate = startDate;
    }

    public boolean heldOn(LocalDate day) {
        return (startDate == null || !startDate.isAfter(day)) && (endDate == null || endDate.isAfter(day));
    }

    /** The post's name for ballots: the recorded title, else the role's label. */
    public String displayTitle() {
        return title != null && !title.isBlank() ? title : role.label();
    }

    public Long getId() { return id; }
    public PartyMember getMember() { return member; }
    public OrgUnit getUnit() { return unit; }
    public PositionRole getRole() { return role; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
}
