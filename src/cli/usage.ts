// The help text of every command, in Vietnamese, shown by --help and after a wrong call.
import { DOCUMENT_FIELD_SPECS } from "../domain/document/documentFieldSpecs";

const DOCUMENT_OPTION_LINES = DOCUMENT_FIELD_SPECS.map(
  (spec) => `  --${`${spec.option} <…>`.padEnd(24)}${spec.label}${spec.option === "rank" ? " (hoặc 6/20: thứ hạng/số đơn vị)" : ""}`,
).join("\n");

export const COMMANDS = ["templates", "new", "sample", "import", "check", "plan", "document", "assignments", "split", "merge", "rank", "stage", "status"] as const;
export type CommandName = (typeof COMMANDS)[number];

export const GENERAL_USAGE = `par-index — chấm điểm Chỉ số cải cách hành chính (PAR INDEX) trên tệp Excel

Cách dùng: par-index <lệnh> [tùy chọn]

Các lệnh:
  templates                 Liệt kê các bộ tiêu chí có sẵn
  new                       Tạo sổ tính chấm điểm từ một bộ tiêu chí
  sample                    Ghi một bảng tiêu chí mẫu (.xlsx) để thử lệnh import
  import                    Tạo bộ tiêu chí (JSON) từ một bảng tiêu chí trong Excel
  check                     Kiểm tra điểm và tính tổng theo lĩnh vực
  plan                      Lập kế hoạch khắc phục tồn tại, hạn chế (ghi ra tệp mới)
  document                  Xuất văn bản kế hoạch khắc phục (.docx) để trình ký
  assignments               Bảng phân công chấm điểm theo đơn vị chủ trì (cột L, M)
  split                     Tạo tệp cho từng đơn vị (chỉ mở các dòng được giao)
  merge                     Gộp điểm từ các tệp đơn vị gửi về (ghi ra tệp mới)
  rank                      Tổng hợp, xếp hạng nhiều đơn vị, so sánh với năm trước
  stage                     Chuyển giai đoạn thẩm định: nộp, thẩm định, giải trình, chốt (hoặc mở lại)
  status                    Giai đoạn thẩm định hiện tại, bên giữ tệp, hạn và việc còn phải làm

Xem hướng dẫn từng lệnh: par-index <lệnh> --help (tiếng Anh: thêm --lang en)
Phiên bản: par-index --version
Mã thoát: 0 = không có lỗi, 1 = dữ liệu có lỗi, 2 = không đọc được tệp hoặc gọi lệnh sai.`;

export const COMMAND_USAGE: Readonly<Record<CommandName, string>> = {
  templates: `Cách dùng: par-index templates [--json]

Liệt kê các bộ tiêu chí đi kèm công cụ (mã, tên, nguồn, tổng điểm tối đa).
  --json                    In dạng JSON: [{ "id", "name", "source", "maxTotal" }]`,

  new: `Cách dùng: par-index new (--template <mã> | --template-file <tệp.json>) --out <tệp.xlsx>
                      [--unit <tên đơn vị>] [--year <năm>] [--force]

Tạo sổ tính chấm điểm giống trang mà add-in tạo: cột điểm tự đánh giá, điểm thẩm định, công thức
tính tổng, điểm bị trừ và tỷ lệ đạt. Với bộ «khung-trong», tạo bảng để tự nhập bộ tiêu chí.
  --template <mã>           Bộ tiêu chí có sẵn (xem: par-index templates)
  --template-file <tệp>     Bộ tiêu chí dạng JSON (ví dụ do lệnh import tạo)
  --out <tệp.xlsx>          Tệp cần tạo
  --unit <tên đơn vị>       Tên đơn vị được chấm điểm
  --year <năm>              Năm đánh giá, ví dụ 2024
  --force                   Ghi đè khi tệp --out đã có (mặc định: không ghi đè)`,

  import: `Cách dùng: par-index import <bảng.xlsx> [--sheet <tên trang>] --out <bộ-tiêu-chí.json> [--json] [--force]

Đọc bảng tiêu chí (Mã, Nội dung, Điểm tối đa…) dán từ phụ lục vào Excel và ghi bộ tiêu chí JSON.
Dòng tiêu đề, dòng trống và dòng «Tổng cộng» không phải tiêu chí. Mỗi lỗi ghi rõ ô (Trang!A1).
  --sheet <tên trang>       Trang có bảng (mặc định: trang đầu tiên)
  --out <tệp.json>          Tệp bộ tiêu chí cần ghi (chỉ ghi khi không có lỗi)
  --json                    In kết quả dạng JSON
  --force                   Ghi đè khi tệp --out đã có (mặc định: không ghi đè)
Mã thoát: 0 = nhập được (có thể có cảnh báo), 1 = bảng có lỗi, 2 = không đọc được tệp.`,

  sample: `Cách dùng: par-index sample --out <tệp.xlsx> [--force]

Ghi một bảng tiêu chí mẫu như phụ lục cán bộ dán vào Excel (tiêu đề, dòng STT / Lĩnh vực, tiêu chí /
Điểm tối đa / Đơn vị chủ trì, lĩnh vực đánh số La Mã, dòng Tổng cộng), lập từ bộ son-la-vpub-2021,
để thử lệnh: par-index import <tệp.xlsx> --out bo-tieu-chi.json
  --out <tệp.xlsx>          Tệp ghi ra
  --force                   Ghi đè khi tệp --out đã có (mặc định: không ghi đè)
Mã thoát: 0 = đã ghi, 2 = gọi lệnh sai hoặc không ghi được tệp.`,

  check: `Cách dùng: par-index check <tệp.xlsx> [--sheet <tên trang>] [--errors-only] [--json]

Kiểm tra điểm trong trang chấm điểm và in bảng điểm theo lĩnh vực (điểm tối đa, điểm đạt, điểm bị
trừ, tỷ lệ %), cùng các lỗi và cảnh báo kèm ô ('Trang'!G14, như Excel viết; dán vào ô Name Box để
đến ô đó). Hơn 5 cảnh báo cùng loại in thành một dòng có số lượng và các ô đầu tiên. Dòng cuối
tổng kết số trang, số lỗi, số cảnh báo.
  --sheet <tên trang>       Chỉ kiểm tra trang này (mặc định: mọi trang chấm điểm)
  --errors-only             Chỉ liệt kê lỗi (cảnh báo vẫn được đếm ở dòng tổng kết)
  --json                    In một đối tượng JSON: ok, issues, items, areas, total (kèm byMethod:
                            điểm theo phương pháp chấm — tự đánh giá/thẩm định, điều tra XHH, SIPAS);
                            với --errors-only, issues chỉ gồm lỗi
Mã thoát: 0 = không có lỗi (có thể có cảnh báo), 1 = có lỗi, 2 = không đọc được tệp.`,

  plan: `Cách dùng: par-index plan <tệp.xlsx> --out <tệp-mới.xlsx> [--lead-unit <đơn vị>]
                       [--time-frame <thời gian>] [--sheet <tên trang>] [--force]

Ghi một bản sao có trang «Kế hoạch khắc phục»: bảng điểm theo lĩnh vực và mỗi tồn tại, hạn chế
(«… đạt 1,5/3,5 điểm (trừ 2 điểm)»). Chạy lại trên chính tệp kết quả thì giữ nguyên nội dung đã
nhập ở các cột «Nhiệm vụ, giải pháp khắc phục», đơn vị, thời gian, ghi chú. Tệp đầu vào không bị sửa.
Nếu tệp --out đã có và là kế hoạch của cùng trang chấm điểm (do lần chạy trước ghi), nội dung cán bộ
đã nhập trong đó được giữ lại; tệp khác thì không bị ghi đè nếu không có --force.
  --out <tệp.xlsx>          Tệp kết quả (khác tệp đầu vào)
  --lead-unit <đơn vị>      Đơn vị chủ trì mặc định cho dòng mới (khi bộ tiêu chí không ghi)
  --time-frame <thời gian>  Thời gian thực hiện mặc định cho dòng mới (mặc định: Thường xuyên)
  --sheet <tên trang>       Trang chấm điểm cần lập kế hoạch (mặc định: trang đầu tiên)
  --force                   Ghi đè tệp --out đã có mà không giữ nội dung trong đó
Mã thoát: 0 = đã ghi, 1 = điểm còn lỗi (không ghi), 2 = không đọc/ghi được tệp.`,

  document: `Cách dùng: par-index document <tệp.xlsx> --out <ke-hoach.docx> [--sheet <tên trang>] [--force]
                           [--ranking <xep-hang.xlsx> | --appraisal] [tùy chọn thông tin văn bản]

Ghi văn bản kế hoạch khắc phục (.docx, khổ A4, Times New Roman) theo thể thức Nghị định 30/2020:
đầu văn bản, KẾ HOẠCH, căn cứ, mục đích, yêu cầu, kết quả đánh giá (điểm, xếp hạng, điểm theo phương
pháp chấm, bảng điểm), nhiệm vụ, giải pháp từng lĩnh vực bị trừ điểm, tổ chức thực hiện, nơi nhận,
người ký. Nhiệm vụ, giải pháp, đơn vị, thời gian lấy từ trang «Kế hoạch khắc phục» (nếu có);
thông tin văn bản lấy từ trang «Thông tin văn bản» (do lệnh plan thêm vào). Tệp .xlsx không bị sửa.
  --out <tệp.docx>          Tệp văn bản cần ghi (phải có đuôi .docx)
  --sheet <tên trang>       Trang chấm điểm (mặc định: trang đầu tiên)
  --force                   Ghi đè khi tệp --out đã có (mặc định: không ghi đè)
  --ranking <tệp.xlsx>      Lấy thứ hạng, số đơn vị, thay đổi thứ hạng của đơn vị từ bảng xếp hạng do
                            par-index rank ghi (cùng năm, cùng bộ tiêu chí); các tùy chọn --rank… vẫn ghi đè
  --appraisal               Thay vì kế hoạch: thông báo kết quả thẩm định của Hội đồng gửi đơn vị (tổng điểm
                            tự đánh giá, thẩm định lần 1, kết quả; bảng tiêu chí có điểm thẩm định khác điểm
                            tự đánh giá, kèm ý kiến, giải trình, điểm lần 2 khi đã tới giai đoạn đó)
Thông tin văn bản (ghi đè nội dung trang «Thông tin văn bản»; xuống dòng bằng \\n; giá trị bắt đầu
bằng «-» viết liền dấu =, ví dụ --recipients="- Như trên;\\n- Lưu: VT."):
${DOCUMENT_OPTION_LINES}
Mã thoát: 0 = đã ghi (có thể có cảnh báo), 1 = điểm còn lỗi (không ghi), 2 = không đọc/ghi được tệp.`,
  assignments: `Cách dùng: par-index assignments <tệp.xlsx> [--sheet <tên trang>] [--json]
                       [--out <phan-cong.xlsx|phu-luc.docx>] [--deadline <dd/mm/yyyy>] [--time-frame <thời gian>]
                       [--unit-deadline "<đơn vị>=<dd/mm/yyyy>"]… [--force]

Đọc phân công từ cột «Đơn vị chủ trì» (L) và «Đơn vị phối hợp» (M) của trang chấm điểm: mục của
lĩnh vực, tiêu chí thuộc đơn vị ghi ở dòng đó, trừ khi dòng dưới ghi đơn vị khác; một ô ghi nhiều
đơn vị cách nhau bằng dấu «;» thì giao cho từng đơn vị. In mỗi đơn vị với các tiêu chí được giao
(«Lĩnh vực 3 … (trừ tiêu chí thành phần 3.2.5)») và các tiêu chí chưa phân công (kèm ô).
  --sheet <tên trang>       Trang chấm điểm (mặc định: trang đầu tiên)
  --json                    In JSON: { units: [{ unit, items, summary, coUnits, deadline, timeFrame }],
                            unassigned, surveyed, issues, file }
  --out <tệp.xlsx|.docx>    Ghi bảng phân công (Stt, Nội dung, nhiệm vụ, Cơ quan chủ trì, Cơ quan phối
                            hợp, Thời gian thực hiện) ra tệp mới: .xlsx là sổ tính, .docx là văn bản
                            «PHỤ LỤC» kèm kế hoạch (A4, nằm ngang khi bảng cần)
  --deadline <dd/mm/yyyy>   Hạn gửi kết quả của mọi đơn vị
  --time-frame <thời gian>  Thời gian thực hiện, ví dụ «Tháng 12/2024 - Tháng 01/2025»
  --unit-deadline "<đơn vị>=<dd/mm/yyyy>"   Hạn riêng của một đơn vị (dùng nhiều lần được)
  --force                   Ghi đè khi tệp --out đã có
Mã thoát: 0 = đọc được (tiêu chí chưa phân công chỉ là cảnh báo), 2 = không đọc/ghi được tệp hoặc gọi sai.`,

  split: `Cách dùng: par-index split <tệp-tổng-hợp.xlsx> --out-dir <thư mục> [--sheet <tên trang>] [--json]
                 [--deadline <dd/mm/yyyy>] [--time-frame <thời gian>] [--unit-deadline "<đơn vị>=<dd/mm/yyyy>"]…
                 [--force]

Tạo một tệp cho mỗi đơn vị chủ trì («<tệp-tổng-hợp> - <đơn vị>.xlsx»): cả trang chấm điểm để đơn vị
xem đủ bối cảnh, nhưng chỉ mở các ô của đơn vị — điểm tự đánh giá (F), tài liệu kiểm chứng (O), giải
trình (P); các dòng khác tô xám và khoá (bảo vệ trang, không mật khẩu). Tên đơn vị và hạn gửi ở tiêu
đề; siêu dữ liệu ghi tệp tổng hợp, đơn vị và lúc tách, để lệnh merge gộp lại đúng chỗ. Tệp tổng hợp
không bị sửa.
  --out-dir <thư mục>       Thư mục ghi các tệp (tạo nếu chưa có, trong một thư mục đã có)
  --json                    In JSON: { files: [{ unit, file, items, deadline }], masterId, splitAt, unassigned }
  --deadline, --time-frame, --unit-deadline   Hạn gửi, như lệnh assignments
  --force                   Ghi đè tệp đã có (mặc định: không ghi tệp nào nếu một tệp đã có)
Mã thoát: 0 = đã tạo, 1 = chưa phân công đơn vị nào, 2 = không đọc/ghi được tệp hoặc gọi sai.`,

  merge: `Cách dùng: par-index merge <tệp-tổng-hợp.xlsx> <tệp-đơn-vị.xlsx>… --out <tệp-mới.xlsx>
                 [--sheet <tên trang>] [--json] [--deadline <dd/mm/yyyy>]
                 [--unit-deadline "<đơn vị>=<dd/mm/yyyy>"]… [--keep <mã,…>] [--force]

Gộp các tệp đơn vị gửi về (tạo bằng lệnh split) vào một bản sao của tệp tổng hợp: với mỗi đơn vị,
chép điểm tự đánh giá, tài liệu kiểm chứng và giải trình của các mục đang giao cho đơn vị đó, chỉ ở
ô khác với tệp tổng hợp (ô trống trong tệp gửi về không xoá gì). Không chép mục giao cho đơn vị khác
(liệt kê «ngoài phần được giao»); khi hai tệp ghi khác nhau cho cùng một mục thì giữ nguyên tệp tổng
hợp ở mục đó và liệt kê xung đột; từ chối tệp của bộ tiêu chí khác hoặc sổ tổng hợp khác. In tiến độ
từng đơn vị: được giao, đã chấm, có tài liệu kiểm chứng/giải trình, còn thiếu, so với hạn gửi. Gộp
lại cùng một tệp lần nữa không thay đổi gì. Các tệp đầu vào không bị sửa.
  --out <tệp.xlsx>          Tệp kết quả (khác mọi tệp đầu vào)
  --json                    In JSON: { units: [{ unit, file, assigned, scored, withEvidence, missing,
                            deadline, daysLeft, late }], conflicts: [{ code, files, field, values }],
                            outside: [{ file, code }], changes, returns, issues }
  --deadline <dd/mm/yyyy>   Hạn gửi dùng cho đơn vị chưa có tệp tách ghi hạn
  --unit-deadline "<đơn vị>=<dd/mm/yyyy>"   Hạn riêng của một đơn vị như vậy (dùng nhiều lần được)
  --keep <mã,…>             Đã thống nhất xung đột của các mục này bằng cách nhập giá trị vào sổ tổng
                            hợp: giữ giá trị đó, không báo xung đột nữa (dùng nhiều lần được)
  --force                   Ghi đè khi tệp --out đã có
Mã thoát: 0 = gộp xong, không xung đột, không mục ngoài phần giao (mục còn thiếu chỉ là cảnh báo),
1 = có xung đột hoặc mục ngoài phần giao (phần gộp được vẫn được ghi), 2 = tệp bị từ chối, không
đọc/ghi được tệp hoặc gọi sai (không ghi gì).`,
  rank: `Cách dùng: par-index rank <a.xlsx> <b.xlsx> … --out <xep-hang.xlsx> [--previous <năm-trước.xlsx|.json>]
                       [--groups 90,80,70] [--group-labels "Tốt,Khá,Trung bình,Yếu"] [--final-only] [--json] [--force]

Tổng hợp sổ chấm điểm của các đơn vị (cùng bộ tiêu chí, cùng điểm tối đa) và xếp hạng theo chỉ số
(tổng điểm ÷ điểm tối đa áp dụng); cùng chỉ số đến hai chữ số thập phân thì cùng hạng. Ghi trang
«Xếp hạng» (bảng xếp hạng, nhóm, thay đổi so với năm trước, biểu đồ) và trang «Theo lĩnh vực».
Đơn vị còn lỗi, khác bộ tiêu chí, khác năm hoặc có hai sổ được liệt kê riêng kèm lý do, không xếp hạng.
Có thể đưa một thư mục hoặc mẫu tên (don-vi/*.xlsx). Lập lại trên tệp kết quả cũ thì giữ cột «Ghi chú».
  --out <tệp.xlsx>          Tệp bảng xếp hạng (không trùng tệp đầu vào)
  --previous <tệp>          Kết quả năm trước: bảng xếp hạng năm trước (.xlsx), bảng dán (Đơn vị,
                            Xếp hạng, Chỉ số %), hoặc JSON [{ "unit", "rank", "percent" }]
  --groups <ngưỡng>         Ngưỡng xếp nhóm theo %, giảm dần (mặc định 90,80,70: A, B, C, D)
  --group-labels <tên>      Tên các nhóm, nhiều hơn số ngưỡng một tên
  --final-only              Chỉ xếp hạng đơn vị đã chốt kết quả thẩm định (các đơn vị khác liệt kê riêng)
  --json                    In kết quả dạng JSON (có thể không cần --out)
  --force                   Ghi đè tệp --out đã có mà không phải bảng xếp hạng, hoặc lập mới bỏ ghi chú cũ
Mã thoát: 0 = mọi đơn vị được xếp hạng, 1 = có đơn vị chưa xếp hạng, 2 = gọi lệnh sai hoặc tệp không dùng được.`,
  stage: `Cách dùng: par-index stage <tệp.xlsx> <self|submitted|appraised|explained|final> --out <tệp-mới.xlsx>
                       [--by "<họ tên>"] [--note "<lý do, ghi chú>"] [--deadline dd/mm/yyyy]
                       [--against <bản-đã-gửi.xlsx>] [--sheet <tên trang>] [--json] [--force]

Chuyển sổ chấm điểm sang giai đoạn thẩm định kế tiếp, hoặc lùi một giai đoạn (mở lại, rút lại để sửa):
  self       Đơn vị tự chấm        (đơn vị sửa điểm tự đánh giá, tài liệu kiểm chứng, giải trình)
  submitted  Đã nộp                (Hội đồng nhập điểm thẩm định lần 1 và ý kiến thẩm định)
  appraised  Đã thẩm định lần 1    (đơn vị giải trình và bổ sung tài liệu kiểm chứng)
  explained  Đã giải trình         (Hội đồng nhập điểm thẩm định lần 2 và ý kiến lần 2)
  final      Đã chốt               (không ai sửa; kết quả dùng để xếp hạng)
Trước khi chuyển, công cụ kiểm tra: nộp thì không còn lỗi; sang «Đã thẩm định lần 1» thì mọi tiêu chí
tự đánh giá có điểm thẩm định và mục bị trừ điểm có ý kiến; chốt thì điểm lần 2 khác lần 1 có ý kiến.
Các ô bên giữ tệp không được sửa phải giữ nguyên giá trị từ lần chuyển trước (đối chiếu ngay trong tệp,
và với bản đã gửi nếu có --against). Mỗi lần chuyển thêm một dòng vào trang «Lịch sử chấm điểm» và khoá
trang chấm điểm trừ các ô của bên nhận. Điểm đạt = điểm lần 2, nếu không có thì lần 1, nếu không có thì tự đánh giá.
  --out <tệp.xlsx>          Tệp ghi ra (tệp đầu vào không bị sửa)
  --by <họ tên>             Người thực hiện, ghi vào lịch sử
  --note <nội dung>         Lý do hoặc ghi chú; bắt buộc khi lùi giai đoạn
  --deadline <dd/mm/yyyy>   Hạn cho bên nhận tệp
  --against <tệp.xlsx>      Bản mình đã gửi đi, để đối chiếu tệp nhận về
  --sheet <tên trang>       Trang chấm điểm (khi tệp có nhiều trang)
  --json                    In kết quả dạng JSON: from, to, file, issues, changed
  --force                   Ghi đè khi tệp --out đã có
Mã thoát: 0 = đã chuyển, 1 = chưa sẵn sàng hoặc có ô bị sửa (không ghi gì), 2 = chuyển sai bước hoặc gọi lệnh sai.`,
  status: `Cách dùng: par-index status <tệp.xlsx> [--sheet <tên trang>] [--json]

Cho biết trang chấm điểm đang ở giai đoạn thẩm định nào, bên nào giữ tệp, hạn (còn/quá bao nhiêu ngày),
bước tiếp theo và những việc còn chặn bước đó (kèm ô), cùng lịch sử các lần chuyển.
  --sheet <tên trang>       Trang chấm điểm (khi tệp có nhiều trang)
  --json                    In dạng JSON: stage, holder, deadline, next, blocking, history
Mã thoát: 0 = đọc được, 2 = không đọc được tệp hoặc gọi lệnh sai.`,
};
