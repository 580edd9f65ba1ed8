package vn.tongket.commendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.UnknownReferenceException;

/**
 * Commendation dossiers: explanations of eligibility, the checklist, attachments (multipart upload, stored in
 * commendation_attachment) and the generated proposal letter and summary list. Visible to the unit's committee
 * (BCH/BTV or chi ủy), the Ban Tổ chức, the Hội đồng Thi đua – Khen thưởng, the BTV Đảng ủy Khối and admins;
 * attachments are changed by the unit's committee and the Ban Tổ chức while the dossier is open.
 */
@RestController
@RequestMapping("/api/commendations")
@Tag(name = "Khen thưởng", description = "Hồ sơ đề nghị khen thưởng (phần B.III Hướng dẫn 22-HD/ĐU)")
public class CommendationController {

    public record DossierView(long id, String unitCode, String unitName, int year, DossierStatus status, String statusLabel,
                              int exemplaryBranches, String branchQuota, int excellentMembers, String memberQuota,
                              LocalDate referenceDate, String closedReason) {
    }

    public record CandidateView(long id, Award award, String awardLabel, String subjectCode, String subjectName,
                                String unitName, EligibilityStatus eligibility, String eligibilityLabel, String summary,
                                boolean proposed, BlocDecision decision, String decisionNo, LocalDate decisionDate) {
    }

    public record ChecklistLineView(DossierItem item, String label, Long candidateId, int requiredCopies, int providedCopies,
                                    boolean generated, boolean complete) {
    }

    private final CommendationService service;
    private final CommendationDocuments documents;
    private final CommendationStore store;
    private final OrganizationService organization;

    public CommendationController(CommendationService service, CommendationDocuments documents, CommendationStore store,
                                  OrganizationService organization) {
        this.service = service;
        this.documents = documents;
        this.store = store;
        this.organization = organization;
    }

    @Operation(summary = "Hồ sơ khen thưởng của một năm mà người dùng được xem")
    @GetMapping
    public List<DossierView> dossiers(@RequestParam int year) {
        CurrentUser user = CurrentUser.get();
        return store.dossiersOfYear(year).stream().filter(d -> canView(user, service.unitOf(d))).map(this::view).toList();
    }

    @Operation(summary = "Một hồ sơ: trạng thái, chỉ tiêu 15% (làm tròn xuống) với số liệu")
    @GetMapping("/{dossierId}")
    public DossierView dossier(@PathVariable long dossierId) {
        return view(viewable(dossierId));
    }

    @Operation(summary = "Các trường hợp đã xét (đủ và không đủ tiêu chuẩn) với tóm tắt")
    @GetMapping("/{dossierId}/candidates")
    public List<CandidateView> candidates(@PathVariable long dossierId) {
        viewable(dossierId);
        return service.candidates(dossierId).stream().map(CommendationController::view).toList();
    }

    @Operation(summary = "Giải thích đầy đủ: từng tiêu chí, đạt hay không, năm và số liệu, câu của hướng dẫn")
    @GetMapping("/{dossierId}/candidates/{candidateId}/explanation")
    public Explanation explanation(@PathVariable long dossierId, @PathVariable long candidateId) {
        viewable(dossierId);
        CommendationStore.Candidate c = store.candidate(candidateId).filter(x -> x.dossierId() == dossierId)
                .orElseThrow(() -> new UnknownReferenceException("candidateId", "Không tìm thấy trường hợp " + candidateId + " trong hồ sơ"));
        return service.explanation(c);
    }

    @Operation(summary = "Danh mục hồ sơ (B.III.2.1) với số bộ cần và đã có")
    @GetMapping("/{dossierId}/checklist")
    public List<ChecklistLineView> checklist(@PathVariable long dossierId) {
        viewable(dossierId);
        return service.checklist(dossierId).stream().map(l -> new ChecklistLineView(l.item(), l.label(), l.candidateId(),
                l.requiredCopies(), l.providedCopies(), l.generated(), l.complete())).toList();
    }

    @Operation(summary = "Kiểm tra hồ sơ đủ chưa: 400 với danh sách mục còn thiếu")
    @PostMapping("/{dossierId}/completeness")
    public Map<String, Object> completeness(@PathVariable long dossierId) {
        viewable(dossierId);
        DossierChecklist.requireComplete(service.checklist(dossierId));
        return Map.of("complete", true);
    }

    @Operation(summary = "Tài liệu đã tải lên")
    @GetMapping("/{dossierId}/attachments")
    public List<CommendationStore.AttachmentInfo> attachments(@PathVariable long dossierId) {
        viewable(dossierId);
        return store.attachments(dossierId);
    }

    @Operation(summary = "Tải lên một tài liệu của hồ sơ (multipart: file, item, candidateId, copies)")
    @PostMapping(value = "/{dossierId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<CommendationStore.AttachmentInfo> upload(@PathVariable long dossierId,
                                                                   @RequestParam(value = "file", required = false) MultipartFile file,
                                                                   @RequestParam(value = "item", required = false) String item,
                                                                   @RequestParam(value = "candidateId", required = false) Long candidateId,
                                                                   @RequestParam(value = "copies", required = false) Integer copies) {
        CurrentUser user = editable(dossierId);
        try {
            long id = service.addAttachment(dossierId, item, candidateId, copies, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), file == null ? null : file.getBytes(), user.userId());
            CommendationStore.AttachmentInfo info = store.attachments(dossierId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
            return ResponseEntity.status(HttpStatus.CREATED).body(info);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "Tải về một tài liệu")
    @GetMapping("/{dossierId}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> download(@PathVariable long dossierId, @PathVariable long attachmentId) {
        viewable(dossierId);
        CommendationStore.AttachmentInfo info = store.attachments(dossierId).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new UnknownReferenceException("attachmentId", "Không tìm thấy tài liệu " + attachmentId));
        byte[] content = store.attachmentContent(dossierId, attachmentId).orElseThrow();
        // served with the type of its content (files stored before the allow-list: as bytes to save), never sniffed
        String type = vn.tongket.common.UploadedFileType.detect(content, info.fileName())
                .map(vn.tongket.common.UploadedFileType::mediaType).orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        return file(content, type, info.fileName());
    }

    @Operation(summary = "Xóa một tài liệu (khi hồ sơ chưa gửi)")
    @DeleteMapping("/{dossierId}/attachments/{attachmentId}")
    public ResponseEntity<Void> delete(@PathVariable long dossierId, @PathVariable long attachmentId) {
        editable(dossierId);
        if (service.dossier(dossierId).status() != DossierStatus.OPEN) {
            throw new vn.tongket.common.DomainException("dossierId", "Hồ sơ đã gửi, không xóa được tài liệu");
        }
        return store.deleteAttachment(dossierId, attachmentId) == 1 ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @Operation(summary = "Tờ trình đề nghị khen thưởng (PDF)")
    @GetMapping("/{dossierId}/documents/to-trinh.pdf")
    public ResponseEntity<byte[]> proposalLetter(@PathVariable long dossierId) {
        viewable(dossierId);
        return file(documents.proposalLetterPdf(dossierId), MediaType.APPLICATION_PDF_VALUE, "to-trinh-" + dossierId + ".pdf");
    }

    @Operation(summary = "Danh sách trích ngang (PDF)")
    @GetMapping("/{dossierId}/documents/danh-sach-trich-ngang.pdf")
    public ResponseEntity<byte[]> summaryPdf(@PathVariable long dossierId) {
        viewable(dossierId);
        return file(documents.summaryListPdf(dossierId), MediaType.APPLICATION_PDF_VALUE, "danh-sach-trich-ngang-" + dossierId + ".pdf");
    }

    @Operation(summary = "Danh sách trích ngang (Excel)")
    @GetMapping("/{dossierId}/documents/danh-sach-trich-ngang.xlsx")
    public ResponseEntity<byte[]> summaryXlsx(@PathVariable long dossierId) {
        viewable(dossierId);
        return file(documents.summaryListXlsx(dossierId),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "danh-sach-trich-ngang-" + dossierId + ".xlsx");
    }

    @Operation(summary = "Danh sách đề nghị bằng khen Tỉnh ủy toàn Đảng bộ Khối, đã xếp thứ tự (BTV Đảng ủy Khối chọn 10 + 10)")
    @GetMapping("/bloc/{year}/province-ranking")
    public List<ProvinceRanking.Entry> provinceRanking(@PathVariable int year) {
        CurrentUser user = CurrentUser.get();
        if (!blocWide(user)) {
            throw new AccessRefusedException("Chỉ Ban Tổ chức, Hội đồng Thi đua – Khen thưởng và BTV Đảng ủy Khối được xem danh sách này");
        }
        return service.blocLists(year).province();
    }

    // ---- access ----

    private CommendationStore.Dossier viewable(long dossierId) {
        CommendationStore.Dossier d = service.dossier(dossierId);
        if (!canView(CurrentUser.get(), service.unitOf(d))) {
            throw new AccessRefusedException("Bạn không có quyền xem hồ sơ khen thưởng này");
        }
        return d;
    }

    private CurrentUser editable(long dossierId) {
        CurrentUser user = CurrentUser.get();
        OrgUnit unit = service.unitOf(service.dossier(dossierId));
        if (!(user.isAdmin() || user.inGroup(CommitteeGroups.ORGANIZATION_BOARD) || unitCommittee(user, unit))) {
            throw new AccessRefusedException("Chỉ cấp ủy của đơn vị và Ban Tổ chức được thay đổi hồ sơ");
        }
        return user;
    }

    private boolean canView(CurrentUser user, OrgUnit unit) {
        return blocWide(user) || unitCommittee(user, unit);
    }

    private boolean blocWide(CurrentUser user) {
        return user.isAdmin() || user.inGroup(CommitteeGroups.ORGANIZATION_BOARD) || user.inGroup(CommitteeGroups.EMULATION_COUNCIL)
                || user.inGroup(CommitteeGroups.leadingCommittee(organization.bloc()));
    }

    private static boolean unitCommittee(CurrentUser user, OrgUnit unit) {
        return user.inAnyGroup(List.of(CommitteeGroups.leadingCommittee(unit), CommitteeGroups.executiveCommittee(unit.getCode())));
    }

    // ---- views ----

    private DossierView view(CommendationStore.Dossier d) {
        OrgUnit u = service.unitOf(d);
        return new DossierView(d.id(), u.getCode(), u.getName(), d.year(), d.status(), d.status().label(), d.exemplaryBranches(),
                CommendationQuota.percentFigures(d.exemplaryBranches()), d.excellentMembers(),
                CommendationQuota.percentFigures(d.excellentMembers()), d.referenceDate(), d.closedReason());
    }

    private static CandidateView view(CommendationStore.Candidate c) {
        return new CandidateView(c.id(), c.award(), c.award().label(), c.subjectCode(), c.subjectName(), c.unitName(),
                c.eligibility(), c.eligibility().label(), c.summary(), c.proposed(), c.decision(), c.decisionNo(), c.decisionDate());
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok()
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type)).body(content);
    }
}
