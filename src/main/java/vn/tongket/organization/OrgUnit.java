package vn.tongket.organization;

import jakarta.persistence.*;

/** A unit of the bloc's tree. The id is stable: a rename changes {@link #name}, a transfer {@link #parent}. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private UnitKind kind;

    @Column(name = "mass_org_type", length = 40)
    private String massOrgType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "has_standing_committee", nullable = false)
    private boolean hasStandingCommittee;

    @Column(nullable = false)
    private boolean active = true;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, UnitKind kind, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public String getMassOrgType() { return massOrgType; }
    public void setMassOrgType(String massOrgType) { this.massOrgType = massOrgType; }
    public OrgUnit getParent() { return parent; }
    public void setParent(OrgUnit parent) { this.parent = parent; }
    public boolean isHasStandingCommittee() { return hasStandingCommittee; }
    public void setHasStandingCommittee(boolean hasStandingCommittee) { this.hasStandingCommittee = hasStandingCommittee; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    @Override
    public String toString() {
        return code + " (" + name + ")";
    }
}
