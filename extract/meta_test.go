package extract_test

import (
	"testing"

	"github.com/solieu/solieu/extract"
)

// metaCase is one document and the document field expected of it.
type metaCase struct {
	name      string
	text      string
	url       string
	published string // set on the Document before extraction
	want      string
}

func runMeta(t *testing.T, field string, cases []metaCase, get func(*extract.Document) string) {
	t.Helper()
	x := newExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &extract.Document{Doc: c.name, Text: c.text, URL: c.url, Published: c.published}
			x.Extract(d)
			if got := get(d); got != c.want {
				t.Errorf("%s = %q, want %q\ntext: %s", field, got, c.want, c.text)
			}
		})
	}
}

func TestProvince(t *testing.T) {
	runMeta(t, "Province", []metaCase{
		{name: "publisher's mark", want: "Long An",
			text: "(LA) - Năm 2019, Đảng bộ huyện Thạnh Hòa Tây kết nạp 120 đảng viên mới."},
		{name: "district after huyện", want: "Ninh Thuận",
			text: "Năm 2022, Đảng bộ huyện Ninh Phước kết nạp 52 đảng viên mới."},
		{name: "city after TP.", want: "Quảng Nam",
			text: "Năm 2024, Đảng bộ TP.Tam Kỳ phấn đấu kết nạp 150 đảng viên mới."},
		{name: "district committee", want: "Bắc Giang",
			text: "Đến ngày 20-11, Huyện ủy Hiệp Hòa kết nạp 180 đảng viên mới."},
		{name: "province in brackets", want: "Bắc Giang",
			text: "Huyện Sơn Động (Bắc Giang) năm 2021 kết nạp 95 đảng viên mới."},
		{name: "province after tỉnh beats a district", want: "Vĩnh Long",
			text: "Huyện ủy Long Hồ (tỉnh Vĩnh Long) năm 2017 kết nạp 86 đảng viên mới."},
		{name: "district named in many provinces", want: "",
			text: "Năm 2020, Đảng bộ huyện Châu Thành kết nạp 40 đảng viên mới."},
		{name: "district name without its level word", want: "",
			text: "Năm 2020, Ninh Phước kết nạp 40 đảng viên mới."},
		{name: "district that shares a province's name", want: "Quảng Bình",
			text: "Năm 2019, Đảng bộ huyện Quảng Ninh kết nạp 70 đảng viên mới."},
		{name: "numbered district of Ho Chi Minh City", want: "Hồ Chí Minh",
			text: "Năm 2007, Đảng bộ quận 3 trao huy hiệu Đảng cho 45 đảng viên."},
		{name: "roman numbered district with an entity residue", want: "Hồ Chí Minh",
			text: "Quận ủy quận Inbsp; trao huy hiệu Đảng cho 50 đảng viên."},
		{name: "Hồ Chí Minh of the ideology", want: "",
			text: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, năm 2019 chi bộ kết nạp 3 đảng viên mới."},
		{name: "byline that is a province's name", want: "",
			text: "Năm 2018, chi bộ kết nạp 12 đảng viên mới.\n\nKhánh Hòa"},
		{name: "photo credit is not a district", want: "",
			text: "Năm 2020, chi bộ kết nạp 9 đảng viên mới. Ảnh: H.V"},
		{name: "merged province after July 2025", want: "Phú Thọ", published: "2025-09-01",
			text: "Năm 2025, Đảng bộ tỉnh Vĩnh Phúc kết nạp 900 đảng viên mới."},
		{name: "province before the mergers", want: "Vĩnh Phúc", published: "2024-09-01",
			text: "Năm 2024, Đảng bộ tỉnh Vĩnh Phúc kết nạp 900 đảng viên mới."},
		{name: "publisher from the URL", want: "Ninh Thuận", url: "https://baoninhthuan.com.vn/news/1/toan-tinh.htm",
			text: "Năm 2022, toàn tỉnh kết nạp 288 đảng viên mới."},
		{name: "publisher's mark", want: "Quảng Bình",
			text: "(QBĐT) - Năm 2019, toàn tỉnh kết nạp 603 đảng viên mới."},
		{name: "publisher's mark stuck to the lead", want: "Lạng Sơn",
			text: "Đảng bộ Khối vững mạnh\nLSO-Năm 2015, Đảng bộ Khối kết nạp 60 đảng viên mới."},
		{name: "address printed in the text", want: "Thanh Hóa",
			text: "Năm 2022, toàn tỉnh kết nạp 3.100 đảng viên mới. (Thanhhoa.dcs.vn)"},
		{name: "text beats the publisher", want: "Lạng Sơn", url: "https://baoninhthuan.com.vn/news/2.htm",
			text: "Năm 2022, Đảng bộ tỉnh Lạng Sơn kết nạp 700 đảng viên mới."},
	}, func(d *extract.Document) string { return d.Province })
}

func TestSubject(t *testing.T) {
	runMeta(t, "Subject", []metaCase{
		{name: "lower-case words continue a name", want: "Đảng bộ Khối các cơ quan tỉnh",
			text: "Năm 2014, Đảng bộ Khối các cơ quan tỉnh kết nạp 30 đảng viên mới."},
		{name: "a hamlet's cell", want: "Chi bộ thôn Nà Khoang",
			text: "Chi bộ thôn Nà Khoang kết nạp 2 đảng viên mới\n\nNgày 5/11, Chi bộ thôn Nà Khoang, Đảng bộ xã Quang Trọng tổ chức lễ kết nạp đảng viên cho 2 quần chúng ưu tú."},
		{name: "a ward's quarter cell", want: "Chi bộ ấp Phú Hòa",
			text: "Năm 2022, Chi bộ ấp Phú Hòa kết nạp 3 đảng viên mới, nâng tổng số đảng viên của chi bộ lên 41 đồng chí."},
		{name: "industrial parks", want: "Đảng ủy các Khu công nghiệp tỉnh Đồng Nai",
			text: "Đảng ủy các Khu công nghiệp tỉnh Đồng Nai tổng kết công tác năm 2024. Trong năm kết nạp 210 đảng viên."},
		{name: "a hospital's name", want: "Đảng bộ Bệnh viện Đa khoa tỉnh Quảng Ngãi",
			text: "Đảng bộ Bệnh viện Đa khoa tỉnh Quảng Ngãi triển khai nhiệm vụ năm 2024. Năm qua, Đảng bộ kết nạp 6 đảng viên mới."},
		{name: "a firm named by its trade in lower case", want: "Đảng bộ Tổng công ty Cơ khí Xây lắp Bình Minh",
			text: "Năm 2024, Đảng bộ Tổng công ty Cơ khí Xây lắp Bình Minh kết nạp 14 đảng viên mới."},
		{name: "a residential quarter's cell", want: "Chi bộ Khu dân cư số 7",
			text: "Năm 2023, Chi bộ Khu dân cư số 7 kết nạp 2 đảng viên mới."},
		{name: "a regiment's number", want: "Đảng ủy Trung đoàn 96",
			text: "Đảng ủy Trung đoàn 96 (Bộ CHQS tỉnh Cà Mau) luôn coi trọng công tác xây dựng Đảng. Năm 2024 kết nạp 28 đảng viên."},
		{name: "the province's party named by its committee", want: "Đảng bộ tỉnh Thái Bình",
			text: "Chiều 20/12, Ban Chấp hành Đảng bộ tỉnh Thái Bình khóa XX bế mạc hội nghị. Năm 2023, toàn tỉnh kết nạp 1.720 đảng viên."},
		{name: "a name with an apostrophe", want: "Huyện uỷ Cư M'gar",
			text: "Huyện uỷ Cư M'gar tổ chức hội nghị sơ kết. Trong năm kết nạp 120 đảng viên."},
		{name: "the school said without its name", want: "Đảng ủy Trường Cao đẳng Y tế Hà Tĩnh",
			text: "Đảng bộ Nhà trường kết nạp 12 đảng viên mới\n\nChiều 27/12, Đảng ủy Trường Cao đẳng Y tế Hà Tĩnh tổ chức hội nghị tổng kết năm 2022."},
		{name: "a school named after a person", want: "Chi bộ Trường THPT Phan Đăng Lưu",
			text: "Ngày 14/5/2013, Chi bộ Trường THPT Phan Đăng Lưu tổ chức lễ kết nạp Đảng cho 4 học sinh lớp 12."},
		{name: "a secretary after a school's name", want: "Chi bộ Trường THPT Lê Lợi",
			text: "Bí thư Chi bộ Trường THPT Lê Lợi Nguyễn Văn Nam cho biết, năm 2023 chi bộ kết nạp 3 đảng viên."},
		{name: "Công an tỉnh", want: "Đảng ủy Công an tỉnh",
			text: "Năm 2020, Đảng ủy Công an tỉnh kết nạp 21 đảng viên mới."},
		{name: "expanded abbreviation", want: "Đảng bộ UBND tỉnh",
			text: "Đợt này có 13 đảng viên thuộc Đảng bộ UBND tỉnh được trao huy hiệu Đảng."},
		{name: "secretary's name after the organisation", want: "Đảng ủy Khối các cơ quan tỉnh",
			text: "Bí thư Đảng ủy Khối các cơ quan tỉnh Trần Văn Nam cho biết, năm 2023 Đảng ủy Khối kết nạp 40 đảng viên mới."},
		{name: "all-caps heading stops at non-name words", want: "Đảng bộ huyện Bình Gia",
			text: "ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XX NHIỆM KỲ 2020 – 2025\n\nĐại hội Đảng bộ huyện Bình Gia có 250 đại biểu chính thức."},
		{name: "entity residue is not part of a name", want: "Quận ủy quận I",
			text: "Quận ủy quận Inbsp; trao huy hiệu Đảng cho 50 đảng viên."},
		{name: "whole province", want: "Đảng bộ tỉnh",
			text: "Theo Ban Tổ chức Tỉnh ủy, năm 2022 toàn tỉnh kết nạp 500 đảng viên mới."},
		{name: "a body of the committee is not the subject", want: "Đảng bộ tỉnh",
			text: "Theo Ban Tổ chức Tỉnh ủy Hải Dương, năm 2021 toàn tỉnh có 640 tổ chức cơ sở đảng được đánh giá, xếp loại."},
		{name: "whole province named as the text writes it", want: "Tỉnh ủy Đồng Nai",
			text: "Lãnh đạo Tỉnh ủy Đồng Nai làm việc với huyện.\n\nHiện có 5.000 đảng viên là người Công giáo trong tổng số 90.000 đảng viên của toàn Đảng bộ tỉnh."},
		{name: "whole district", want: "Đảng bộ huyện",
			text: "Ban Tổ chức Huyện ủy cho biết, năm 2012 toàn huyện kết nạp 60 đảng viên mới."},
		{name: "first full mention", want: "Huyện ủy Nam Giang",
			text: "Huyện ủy Nam Giang sơ kết công tác xây dựng Đảng\n\nNăm 2022, Đảng bộ huyện Nam Giang kết nạp 109 đảng viên mới."},
		{name: "short form gives way to the full name", want: "Đảng bộ Khối các cơ quan Trung ương",
			text: "Đảng bộ Khối các cơ quan Trung ương được thành lập năm 2007.\n\nNăm 2021, Đảng bộ Khối có 61 đảng bộ trực thuộc."},
		{name: "a city renamed keeps its first name", want: "Đảng bộ TP.Đông Triều",
			text: "Tỉnh công bố quyết định thành lập Đảng bộ TP.Đông Triều.\n\nĐảng bộ TP.Đông Triều được thành lập trên cơ sở Đảng bộ TX.Đông Triều, gồm 48 chi bộ, đảng bộ cơ sở."},
		{name: "centrally-run city", want: "Đảng bộ TP Cần Thơ",
			text: "Đảng bộ TP Cần Thơ\n\nKết nạp 1.600 đảng viên mới\n\nTheo Ban Tổ chức Thành ủy Cần Thơ, năm 2017 Đảng bộ thành phố đã kết nạp được 1.600 đảng viên mới."},
		{name: "provincial city is not the province", want: "Đảng bộ thành phố Tuyên Quang",
			text: "Năm 2021, Đảng bộ thành phố Tuyên Quang kết nạp 150 đảng viên mới."},
		{name: "bare Đảng bộ names no organisation", want: "Đảng bộ huyện Tiên Du",
			text: "Năm 2022, toàn Đảng bộ kết nạp 80 đảng viên mới.\n\nĐảng bộ huyện Tiên Du tổ chức hội nghị."},
		{name: "headline figure without its organisation", want: "Đảng ủy xã Tân Lập",
			text: "Thêm 6 giáo dân được kết nạp vào Đảng\n\nChiều 2/10, Đảng ủy xã Tân Lập tổ chức lễ kết nạp đảng viên cho 6 quần chúng ưu tú là giáo dân với sự tham dự của đại diện Ban Tổ chức Tỉnh ủy.\n\nNăm nay Đảng bộ xã đã kết nạp 20 đảng viên mới."},
		{name: "headline figure of the whole province", want: "Đảng bộ tỉnh",
			text: "Toàn tỉnh kết nạp 300 đảng viên mới\n\nTheo Ban Tổ chức Tỉnh ủy, đến ngày 30-6 toàn tỉnh kết nạp 300 đảng viên mới. Đảng bộ Công an tỉnh kết nạp 20 đảng viên."},
		{name: "a district named only through its body", want: "Huyện ủy Tam Nông",
			text: "Ban Tổ chức Huyện ủy Tam Nông: Làm tốt công tác quản lý đảng viên\n\nNăm 2023, Ban Tổ chức Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy làm thủ tục chuyển sinh hoạt đảng cho 47 đảng viên."},
		{name: "a centrally-run city is not named through its body", want: "Đảng bộ thành phố",
			text: "UBKT Thành ủy Đà Nẵng tổng kết năm 2019\n\nNăm 2019, Ủy ban Kiểm tra Thành ủy đã kiểm tra 12 tổ chức đảng."},
		{name: "a province's name that ends with a level word", want: "Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh",
			text: "Năm 2023, Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh kết nạp 16 đảng viên."},
		{name: "a university", want: "Đảng ủy Trường Đại học Vinh",
			text: "Năm 2023, Đảng ủy Trường Đại học Vinh kết nạp 16 đảng viên."},
		{name: "the Party's agencies of the province", want: "Đảng ủy các cơ quan Đảng tỉnh",
			text: "Năm 2025, Đảng ủy các cơ quan Đảng tỉnh kết nạp 16 đảng viên."},
		{name: "a name printed twice", want: "Đảng bộ tỉnh Nghệ An",
			text: "Các kỳ Đại hội Đảng bộ tỉnh Nghệ An Nghệ An qua các kỳ đại hội\n\nTham dự Đại hội có 350 đại biểu."},
		{name: "the headline's commune over a guest's title", want: "Đảng bộ xã Tân Phong",
			text: "Đảng bộ xã Tân Phong đại hội lần thứ nhất\n\nDự đại hội có đồng chí Trần Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, cùng 140 đại biểu chính thức đại diện cho hơn 1.100 đảng viên của 31 chi bộ trong toàn Đảng bộ."},
		{name: "a ward under the province's committee", want: "Đảng ủy phường Đông Xuyên",
			text: "Đảng ủy phường Đông Xuyên: một năm nhìn lại\n\nTheo quyết định của Ban Thường vụ Tỉnh ủy, Đảng bộ phường trực thuộc Tỉnh ủy, hiện có 35 chi bộ trực thuộc với 1.420 đảng viên, sinh hoạt tại các khu phố, cơ quan và trường học."},
		{name: "a school's cell", want: "Chi bộ Trường THPT Hòa Lạc",
			text: "Kết nạp Đảng cho học sinh\n\nSáng 3/4, Chi bộ Trường THPT Hòa Lạc (huyện Lục Yên) có 31 đảng viên tổ chức lễ kết nạp."},
		{name: "a name's number", want: "Chi bộ Trường THPT Lục Yên 2",
			text: "Sáng 3/4, Chi bộ Trường THPT Lục Yên 2 (huyện Lục Yên) kết nạp 2 đảng viên mới."},
		{name: "a letterhead in capitals gives way", want: "Đảng bộ huyện Đông Sơn",
			text: "HUYỆN UỶ ĐÔNG SƠN\n\nBáo cáo tổng kết công tác xây dựng Đảng năm 2016\n\nNăm 2016, Đảng bộ huyện Đông Sơn kết nạp 210 đảng viên mới."},
		{name: "a trade in a firm's name", want: "Đảng bộ Tổng Công ty Công nghiệp Hà Trung",
			text: "Năm 2015, Đảng bộ Tổng Công ty Công nghiệp Hà Trung kết nạp 45 đảng viên mới."},
		{name: "a count after a name is no part of it", want: "Đảng bộ xã Hòa Bình",
			text: "Năm 2024, Đảng bộ xã Hòa Bình 5 năm liền đạt trong sạch, vững mạnh, có 412 đảng viên."},
	}, func(d *extract.Document) string { return d.Subject })
}

func TestPeriod(t *testing.T) {
	runMeta(t, "Period", []metaCase{
		{name: "anniversary bracket", want: "2017",
			text: "Nhân kỷ niệm 100 năm Cách mạng Tháng Mười Nga (7.11.1917 – 7.11.2017), toàn tỉnh có 900 đảng viên được tặng Huy hiệu Đảng."},
		{name: "anniversary years in brackets", want: "2014", published: "2014-05-06",
			text: "Kỷ niệm 60 năm Chiến thắng Điện Biên Phủ (1954 – 2014), chi bộ kết nạp 7 đảng viên mới."},
		{name: "a term reported at a congress", want: "2020-2025", published: "2025-08-02",
			text: "Ngày 1/8, Đảng bộ xã Tân Phú khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\nBáo cáo chính trị tại đại hội cho biết, nhiệm kỳ 2020-2025, toàn Đảng bộ kết nạp 210 đảng viên mới; kiểm tra 64 tổ chức đảng và 120 đảng viên."},
		{name: "a since year dates its own sentence", want: "2023-9M", published: "2023-10-12",
			text: "Chín tháng năm 2023, toàn tỉnh kết nạp ngót 700 đảng viên. Từ chỗ có 30 thôn chưa có đảng viên vào năm 2019, đến nay chỉ còn 4 thôn.\n\nTính đến ngày 30-9, toàn tỉnh kết nạp 688 đảng viên, trong đó 512 đảng viên là người dân tộc thiểu số, 301 đảng viên nữ."},
		{name: "the year before a term in its sentence", want: "2020", published: "2021-01-12",
			text: "Năm 2020 cũng là năm các chi bộ tiến hành đại hội nhiệm kỳ 2020 - 2025.\n\nTrong năm, toàn Đảng bộ kết nạp 95 đảng viên; kiểm tra 12 tổ chức đảng và 30 đảng viên. Năm 2021, phấn đấu kết nạp 100 đảng viên."},
		{name: "years in a table's cells date only their rows", want: "2014", published: "2014-02-03",
			text: "Năm 2014, tỉnh tặng Huy hiệu Đảng cho 826 đảng viên.\n\nLoại Huy hiệu | Năm vào Đảng | Số đảng viên\n70 năm tuổi Đảng | 1944 | 6\n30 năm tuổi Đảng | 1984 | 343\n\nĐảng bộ huyện Cái Bè có số đảng viên được nhận Huy hiệu nhiều nhất với 112 đồng chí; Đảng bộ thành phố Mỹ Tho 97 đồng chí; Đảng bộ huyện Châu Thành 90 đồng chí."},
		{name: "a future term dates no results", want: "2024", published: "2024-12-20",
			text: "Năm 2024, trong bối cảnh chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, Đảng bộ tỉnh đạt nhiều kết quả.\n\nHiện Đảng bộ tỉnh có 320 tổ chức cơ sở đảng với 41.200 đảng viên. Trong năm kết nạp 1.050 đảng viên."},
		{name: "the term of a name dates its own sentence", want: "2021", published: "2021-06-22",
			text: "Ngày 21/6, UBKT Huyện ủy quyết định thi hành kỷ luật khiển trách Chi bộ Trường THCS Bình Minh nhiệm kỳ 2017 - 2020. Đồng thời, UBKT cảnh cáo 2 đảng viên và khiển trách 1 đảng viên; giải quyết 3 đơn tố cáo."},
		{name: "a span that is no term dates its own sentence", want: "2024", published: "2024-05-10",
			text: "Các đảng viên này vi phạm quy định về quản lý đất đai giai đoạn 2019 - 2023.\n\nUBKT Tỉnh ủy quyết định khai trừ 2 đảng viên, cảnh cáo 1 đảng viên; kết quả giải quyết 3 đơn tố cáo và kiểm tra tài chính tại 4 tổ chức đảng."},
		{name: "a history since long ago dates nothing", want: "2025", published: "2025-07-20",
			text: "Đây là đợt sắp xếp lớn nhất kể từ năm 1945. Sau sắp xếp, tỉnh có 40 đảng bộ trực thuộc, 900 tổ chức cơ sở đảng và hơn 90.000 đảng viên."},
		{name: "the base of a comparison after nếu", want: "2019", published: "2020-01-15",
			text: "Nếu như năm 2018 có 80% tổ chức cơ sở đảng được xếp loại cao nhất thì năm nay chỉ còn 15%. Ở các đảng bộ trực thuộc, số TCCSĐ hoàn thành xuất sắc nhiệm vụ của huyện Trà Giang là 14, huyện Bình Nguyên 11."},
		{name: "years of a life date nothing", want: "2022", published: "2022-08-05",
			text: "UBKT Tỉnh ủy quyết định cảnh cáo ông Lê Văn Quý (SN 1968, 29 năm tuổi Đảng). Cụ Nguyễn Văn Lợi sinh năm 1926, vào Đảng tháng 8/1947. Trong năm, UBKT thi hành kỷ luật 4 đảng viên."},
		{name: "a comparison with the term's start", want: "2018", published: "2018-06-20",
			text: "Đảng bộ huyện hiện có 34 tổ chức cơ sở đảng với 4.156 đảng viên, tăng 612 đảng viên so với đầu nhiệm kỳ 2015-2020."},
		{name: "founding year", want: "2020", published: "2020-05-01",
			text: "Chi bộ được thành lập năm 1930, đến nay kết nạp 45 đảng viên mới."},
		{name: "document date", want: "2018", published: "2018-03-02",
			text: "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Đảng bộ đã kết nạp 80 đảng viên mới."},
		{name: "up to 30 June", want: "2022-H1", published: "2022-07-10",
			text: "Tính đến ngày 30-6, các đảng bộ trực thuộc Tỉnh ủy kết nạp được 288 đảng viên mới."},
		{name: "first six months in the lead", want: "2022-H1",
			text: "6 tháng đầu năm 2022, Ban Thường vụ tiến hành kiểm tra.\n\nĐảng bộ Khối kết nạp được 20 đảng viên mới. Đảng bộ có 8 trường hợp bị thi hành kỷ luật."},
		{name: "first quarter", want: "2020-Q1",
			text: "Quý I/2020, Đảng bộ tỉnh kết nạp được 412 đảng viên mới."},
		{name: "first nine months", want: "2023-9M",
			text: "9 tháng đầu năm 2023, các cấp ủy đã xóa tên 41 đảng viên."},
		{name: "term totals", want: "2015-2020",
			text: "Nhiệm kỳ 2015-2020, Đảng bộ quận kết nạp 1.137 đảng viên mới, thi hành kỷ luật 58 đảng viên."},
		{name: "congress in its year", want: "2020", published: "2020-10-14",
			text: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 khai mạc. Về dự đại hội có 350 đại biểu chính thức."},
		{name: "year after a comparison's base", want: "2018",
			text: "Đến ngày 27-11, Huyện ủy kết nạp 200 đảng viên mới, tăng 5 đảng viên so với năm 2017."},
		{name: "date line's year when the figures' is not written", want: "2019", published: "2019-07-22",
			text: "Chi bộ kết nạp được 12 đảng viên mới."},
		{name: "plan year dates the plans only", want: "2022",
			text: "Huyện tổng kết công tác xây dựng Đảng năm 2022, triển khai nhiệm vụ năm 2023.\n\nCông tác phát triển đảng viên đạt 121% chỉ tiêu. Năm 2022, huyện kết nạp 109 đảng viên mới."},
		{name: "no year at all", want: "",
			text: "Chi bộ kết nạp được 12 đảng viên mới."},
	}, func(d *extract.Document) string { return d.Period })
}

func TestPublished(t *testing.T) {
	runMeta(t, "Published", []metaCase{
		{name: "date line", want: "2019-07-22",
			text: "Toàn tỉnh kết nạp 603 đảng viên\n\n16:29, Thứ Hai, 22/07/2019 (GMT+7)\n\nNgày 03/5/2012, Ban Tổ chức họp xét kết nạp đảng viên."},
		{name: "date stamp", want: "2023-12",
			text: " date 2023-12 Ban Thường vụ Tỉnh ủy giao chỉ tiêu phát triển 1.905 đảng viên mới trong năm 2024."},
		{name: "body date is not the date line", want: "",
			text: "Ngày 03/5/2012, Ban Tổ chức Huyện ủy phối hợp cùng các ban xây dựng Đảng họp xét hồ sơ đề nghị kết nạp 21 quần chúng ưu tú vào Đảng."},
		{name: "a site's top bar is not the date line", want: "2014-01-21",
			text: "Đăng nhập | Đăng ký | RSS    Thứ Năm, 12/03/2026\nTrang chủ | Thời sự\n\nHà Nam: kết nạp 1.200 đảng viên\n\nCập nhật lúc 07:52, ngày 21/01/2014\n\nNăm 2013 toàn tỉnh kết nạp 1.200 đảng viên."},
		{name: "given date kept", want: "2020-01-02", published: "2020-01-02",
			text: "Thứ Hai, 22/07/2019\n\nChi bộ kết nạp được 12 đảng viên mới."},
	}, func(d *extract.Document) string { return d.Published })
}
