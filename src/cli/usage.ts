// The help text of every command, in Vietnamese, shown by --help and after a wrong call.

export const COMMANDS = ["templates", "new", "import", "check", "plan"] as const;
export type CommandName = (typeof COMMANDS)[number];

export const GENERAL_USAGE = `par-index — chấm điểm Chỉ số cải cách hành chính (PAR INDEX) trên tệp Excel

Cách dùng: par-index <lệnh> [tùy chọn]

Các lệnh:
  templates                 Liệt kê các bộ tiêu chí có sẵn
  new                       Tạo sổ tính chấm điểm từ một bộ tiêu chí
  import                    Tạo bộ tiêu chí (JSON) từ một bảng tiêu chí trong Excel
  check                     Kiểm tra điểm và tính tổng theo lĩnh vực
  plan                      Lập kế hoạch khắc phục tồn tại, hạn chế (ghi ra tệp mới)

Xem hướng dẫn từng lệnh: par-index <lệnh> --help
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

  check: `Cách dùng: par-index check <tệp.xlsx> [--sheet <tên trang>] [--json]

Kiểm tra điểm trong trang chấm điểm và in bảng điểm theo lĩnh vực (điểm tối đa, điểm đạt, điểm bị
trừ, tỷ lệ %), cùng các lỗi và cảnh báo kèm ô.
  --sheet <tên trang>       Chỉ kiểm tra trang này (mặc định: mọi trang chấm điểm)
  --json                    In một đối tượng JSON: ok, issues, items, areas, total
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
};
