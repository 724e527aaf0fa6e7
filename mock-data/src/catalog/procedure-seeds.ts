/**
 * Procedures by sector, with their deadline in working days and a relative popularity within the
 * unit that resolves them. Names follow the national procedure database; the list is mock data.
 * Levels: 'commune' (xã), 'district' (huyện until June 2025, then xã), 'province' (Sở, by sector),
 * 'vertical' (Công an, Thuế, BHXH, Kho bạc, by sector). `owner` pins a procedure to one unit.
 */
export type ProcedureLevel = 'commune' | 'district' | 'province' | 'vertical';

/** [name, working days, popularity] */
export type ProcedureSeed = readonly [string, number, number];

export interface ProcedureGroup {
  sector: string;
  level: ProcedureLevel;
  owner?: string;
  items: readonly ProcedureSeed[];
}

export const PROCEDURE_GROUPS: readonly ProcedureGroup[] = [
  {
    sector: 'Hộ tịch',
    level: 'commune',
    items: [
      ['Đăng ký khai sinh', 1, 30],
      ['Đăng ký kết hôn', 1, 10],
      ['Đăng ký khai tử', 1, 9],
      ['Cấp Giấy xác nhận tình trạng hôn nhân', 3, 14],
      ['Cấp bản sao trích lục hộ tịch', 1, 12],
      ['Đăng ký nhận cha, mẹ, con', 3, 2],
      ['Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 3, 2],
      ['Đăng ký giám hộ', 3, 0.5],
      ['Đăng ký chấm dứt giám hộ', 2, 0.3],
      ['Thay đổi, cải chính, bổ sung thông tin hộ tịch', 3, 4],
      ['Đăng ký lại khai sinh', 5, 2],
      ['Đăng ký lại kết hôn', 5, 0.5],
      ['Đăng ký lại khai tử', 5, 0.5],
      ['Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân', 5, 1],
      [
        'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
        10,
        6,
      ],
      [
        'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, hỗ trợ chi phí mai táng',
        10,
        2,
      ],
    ],
  },
  {
    sector: 'Hộ tịch',
    level: 'district',
    items: [
      ['Đăng ký khai sinh có yếu tố nước ngoài', 3, 1],
      ['Đăng ký kết hôn có yếu tố nước ngoài', 10, 1],
      ['Đăng ký khai tử có yếu tố nước ngoài', 3, 0.2],
      ['Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài', 10, 0.3],
      [
        'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
        5,
        0.5,
      ],
      ['Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn đã được giải quyết tại nước ngoài', 5, 0.4],
      ['Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', 3, 1.5],
    ],
  },
  {
    sector: 'Chứng thực',
    level: 'commune',
    items: [
      [
        'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
        1,
        110,
      ],
      ['Chứng thực chữ ký trong các giấy tờ, văn bản', 1, 25],
      ['Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 2, 14],
      ['Chứng thực di chúc', 2, 1],
      ['Chứng thực văn bản từ chối nhận di sản', 2, 1],
      [
        'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
        2,
        3,
      ],
      ['Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 2, 1],
      ['Sửa lỗi sai sót trong hợp đồng, giao dịch', 2, 0.5],
      ['Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực', 1, 2],
    ],
  },
  {
    sector: 'Chứng thực',
    level: 'district',
    items: [
      [
        'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước ngoài cấp',
        1,
        4,
      ],
      ['Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật', 1, 3],
      ['Chứng thực chữ ký trong các giấy tờ, văn bản bằng tiếng nước ngoài', 1, 1],
    ],
  },
  {
    sector: 'Đất đai',
    level: 'commune',
    items: [
      ['Hòa giải tranh chấp đất đai', 30, 2],
      ['Xác nhận nguồn gốc, thời điểm sử dụng đất', 10, 3],
    ],
  },
  {
    sector: 'Đất đai',
    level: 'district',
    items: [
      [
        'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế',
        10,
        30,
      ],
      ['Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất lần đầu', 20, 8],
      ['Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 7, 8],
      ['Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất', 10, 1.5],
      ['Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền', 15, 5],
      ['Tách thửa hoặc hợp thửa đất', 15, 7],
      ['Đính chính Giấy chứng nhận đã cấp', 10, 1],
      ['Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 3, 12],
      ['Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 3, 8],
      ['Gia hạn sử dụng đất nông nghiệp của hộ gia đình, cá nhân', 10, 1],
      ['Cung cấp thông tin, dữ liệu đất đai', 3, 2],
      ['Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp huyện', 30, 0.3],
    ],
  },
  {
    sector: 'Đất đai',
    level: 'province',
    items: [
      ['Giao đất, cho thuê đất cho tổ chức không thông qua đấu giá quyền sử dụng đất', 20, 2],
      ['Chuyển mục đích sử dụng đất đối với tổ chức', 20, 1.5],
      ['Đăng ký biến động đất đai, tài sản gắn liền với đất đối với tổ chức', 10, 6],
      ['Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho tổ chức', 20, 2],
      ['Đăng ký thế chấp quyền sử dụng đất của tổ chức', 3, 6],
      ['Thẩm định nhu cầu sử dụng đất để xem xét giao đất, cho thuê đất', 30, 0.5],
      ['Gia hạn sử dụng đất đối với tổ chức', 15, 0.5],
    ],
  },
  {
    sector: 'Xây dựng',
    level: 'district',
    items: [
      ['Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 15, 10],
      ['Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ', 15, 2],
      ['Cấp giấy phép di dời công trình', 15, 0.2],
      ['Điều chỉnh giấy phép xây dựng nhà ở riêng lẻ', 15, 0.6],
      ['Gia hạn giấy phép xây dựng', 5, 0.4],
      ['Cấp lại giấy phép xây dựng', 5, 0.3],
      ['Cung cấp thông tin về quy hoạch xây dựng', 15, 1],
    ],
  },
  {
    sector: 'Xây dựng',
    level: 'province',
    items: [
      ['Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II', 20, 3],
      ['Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng', 25, 2],
      ['Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở', 30, 2],
      ['Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 20, 4],
      ['Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III', 20, 2],
      ['Kiểm tra công tác nghiệm thu hoàn thành công trình', 20, 1.5],
      ['Thẩm định đồ án quy hoạch chi tiết xây dựng', 25, 0.5],
    ],
  },
  {
    sector: 'Nhà ở',
    level: 'province',
    items: [
      ['Thông báo nhà ở hình thành trong tương lai đủ điều kiện được bán, cho thuê mua', 15, 1],
      ['Cấp chứng chỉ hành nghề môi giới bất động sản', 10, 1],
    ],
  },
  {
    sector: 'Giao thông vận tải',
    level: 'province',
    items: [
      ['Cấp giấy phép kinh doanh vận tải bằng xe ô tô', 5, 3],
      ['Cấp phù hiệu xe ô tô kinh doanh vận tải', 2, 8],
      ['Cấp giấy phép thi công công trình trên đường bộ đang khai thác', 7, 1],
      [
        'Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ',
        7,
        0.8,
      ],
      ['Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ', 2, 1.5],
      ['Đăng ký phương tiện thủy nội địa lần đầu', 3, 1],
    ],
  },
  {
    sector: 'Giao thông vận tải',
    level: 'district',
    items: [
      ['Đăng ký lại phương tiện thủy nội địa', 3, 1],
      ['Xóa giấy chứng nhận đăng ký phương tiện thủy nội địa', 3, 0.3],
    ],
  },
  {
    sector: 'Giấy phép lái xe',
    level: 'province',
    items: [
      ['Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 5, 10],
      ['Cấp lại giấy phép lái xe', 5, 3],
      ['Cấp mới giấy phép lái xe', 10, 4],
    ],
  },
  {
    sector: 'Đăng ký kinh doanh',
    level: 'province',
    items: [
      ['Đăng ký thành lập doanh nghiệp tư nhân', 3, 2],
      ['Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 3, 5],
      ['Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên', 3, 2],
      ['Đăng ký thành lập công ty cổ phần', 3, 1.5],
      ['Đăng ký thay đổi nội dung đăng ký doanh nghiệp', 3, 8],
      ['Thông báo thay đổi nội dung đăng ký doanh nghiệp', 3, 4],
      ['Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh', 3, 3],
      ['Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo', 3, 3],
      ['Giải thể doanh nghiệp', 5, 1],
      ['Cấp lại Giấy chứng nhận đăng ký doanh nghiệp', 3, 0.5],
    ],
  },
  {
    sector: 'Đăng ký kinh doanh',
    level: 'district',
    items: [
      ['Đăng ký thành lập hộ kinh doanh', 3, 8],
      ['Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 3, 3],
      ['Tạm ngừng hoạt động hộ kinh doanh', 3, 1.5],
      ['Chấm dứt hoạt động hộ kinh doanh', 3, 1.5],
      ['Đăng ký thành lập hợp tác xã', 5, 0.3],
    ],
  },
  {
    sector: 'Đầu tư',
    level: 'province',
    items: [
      ['Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh', 30, 0.8],
      [
        'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
        15,
        1,
      ],
      ['Điều chỉnh Giấy chứng nhận đăng ký đầu tư', 10, 1.5],
      ['Gia hạn thời hạn hoạt động của dự án đầu tư', 15, 0.3],
    ],
  },
  {
    sector: 'Quản lý công sản',
    level: 'province',
    items: [
      ['Cấp mã số đơn vị có quan hệ với ngân sách', 2, 4],
      ['Quyết định mua sắm tài sản công', 15, 1],
      ['Xác lập quyền sở hữu toàn dân về tài sản', 30, 0.5],
    ],
  },
  {
    sector: 'Lao động',
    level: 'province',
    items: [
      ['Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 5, 3],
      ['Cấp lại giấy phép lao động cho người lao động nước ngoài', 3, 1],
      ['Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 5, 1],
      ['Đăng ký nội quy lao động của doanh nghiệp', 7, 2],
      ['Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp', 10, 0.3],
      ['Giải quyết hưởng trợ cấp thất nghiệp', 20, 8],
    ],
  },
  {
    sector: 'Giáo dục nghề nghiệp',
    level: 'province',
    items: [
      ['Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp', 10, 0.5],
      ['Cấp bản sao văn bằng, chứng chỉ giáo dục nghề nghiệp từ sổ gốc', 1, 1],
    ],
  },
  {
    sector: 'Người có công',
    level: 'province',
    items: [
      ['Giải quyết chế độ trợ cấp một lần đối với thân nhân người có công', 12, 1],
      ['Cấp bản trích lục hoặc bản sao giấy tờ hồ sơ người có công', 5, 1],
    ],
  },
  {
    sector: 'Người có công',
    level: 'commune',
    items: [
      ['Giải quyết chế độ trợ cấp thờ cúng liệt sĩ', 12, 0.8],
      ['Hỗ trợ người có công đi làm phương tiện, dụng cụ chỉnh hình', 5, 0.3],
    ],
  },
  {
    sector: 'Bảo trợ xã hội',
    level: 'commune',
    items: [
      ['Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 20, 2],
      ['Đổi, cấp lại Giấy xác nhận khuyết tật', 5, 0.5],
      ['Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng', 12, 5],
      ['Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 5, 1.5],
      ['Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', 10, 1],
    ],
  },
  {
    sector: 'Y tế',
    level: 'province',
    items: [
      ['Cấp mới giấy phép hành nghề khám bệnh, chữa bệnh', 20, 5],
      ['Cấp giấy phép hoạt động đối với phòng khám chuyên khoa', 30, 1],
      ['Cấp giấy phép hoạt động đối với phòng khám đa khoa', 30, 0.4],
      ['Công bố đủ điều kiện thực hiện khám sức khỏe', 10, 0.5],
      ['Cấp giấy chứng nhận bị phơi nhiễm với HIV do tai nạn rủi ro nghề nghiệp', 10, 0.1],
    ],
  },
  {
    sector: 'Dược',
    level: 'province',
    items: [
      ['Cấp Chứng chỉ hành nghề dược', 10, 4],
      ['Cấp lại Chứng chỉ hành nghề dược', 5, 1],
      ['Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược', 20, 3],
      ['Đánh giá duy trì đáp ứng thực hành tốt cơ sở bán lẻ thuốc', 20, 2],
    ],
  },
  {
    sector: 'An toàn thực phẩm',
    level: 'province',
    items: [
      ['Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 15, 3],
      ['Đăng ký bản công bố sản phẩm nhập khẩu, sản xuất trong nước', 7, 1.5],
    ],
  },
  {
    sector: 'Giáo dục',
    level: 'province',
    items: [
      ['Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 1, 10],
      ['Chỉnh sửa nội dung văn bằng, chứng chỉ', 5, 2],
      ['Chuyển trường đối với học sinh trung học phổ thông', 3, 3],
      ['Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục', 15, 0.5],
      ['Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở nước ngoài cấp', 5, 0.2],
      ['Cấp giấy chứng nhận đăng ký hoạt động dạy thêm, học thêm', 10, 0.8],
    ],
  },
  {
    sector: 'Giáo dục',
    level: 'district',
    items: [
      ['Chuyển trường đối với học sinh trung học cơ sở', 3, 2],
      ['Cho phép trường mầm non, trường tiểu học tư thục hoạt động giáo dục', 20, 0.2],
      ['Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động', 15, 0.3],
    ],
  },
  {
    sector: 'Văn hóa',
    level: 'province',
    items: [
      ['Cấp giấy phép tổ chức triển lãm do tổ chức ở địa phương đưa ra nước ngoài', 7, 0.2],
      ['Tổ chức biểu diễn nghệ thuật trên địa bàn quản lý', 5, 1],
      ['Cấp giấy phép kinh doanh dịch vụ vũ trường', 5, 0.2],
    ],
  },
  {
    sector: 'Văn hóa',
    level: 'district',
    items: [
      ['Cấp giấy phép kinh doanh dịch vụ karaoke', 5, 1],
      ['Thông báo tổ chức lễ hội cấp huyện', 5, 0.3],
    ],
  },
  {
    sector: 'Văn hóa',
    level: 'commune',
    items: [['Xét tặng danh hiệu Gia đình văn hóa hằng năm', 10, 0.5]],
  },
  {
    sector: 'Du lịch',
    level: 'province',
    items: [
      ['Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa', 10, 1],
      ['Cấp giấy phép kinh doanh dịch vụ lữ hành quốc tế', 10, 0.3],
      ['Cấp thẻ hướng dẫn viên du lịch', 15, 1],
      ['Công nhận hạng cơ sở lưu trú du lịch hạng 1 sao, 2 sao, 3 sao', 30, 0.5],
    ],
  },
  {
    sector: 'Thể dục thể thao',
    level: 'province',
    items: [
      ['Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao', 7, 0.8],
      ['Đăng ký tổ chức giải thi đấu thể thao quần chúng', 5, 0.3],
    ],
  },
  {
    sector: 'Thương mại',
    level: 'province',
    items: [
      ['Cấp giấy phép bán buôn sản phẩm rượu', 15, 0.5],
      ['Cấp giấy phép bán lẻ sản phẩm thuốc lá', 15, 1],
      ['Cấp giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 15, 1],
      ['Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi', 5, 4],
      ['Đăng ký tổ chức hội chợ, triển lãm thương mại', 7, 0.5],
      ['Cấp giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài', 7, 0.2],
      ['Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm do Sở Công Thương quản lý', 20, 1],
    ],
  },
  {
    sector: 'Thương mại',
    level: 'district',
    items: [
      ['Cấp giấy phép bán lẻ sản phẩm rượu', 10, 1],
      ['Cấp giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', 10, 0.3],
    ],
  },
  {
    sector: 'Điện',
    level: 'province',
    items: [
      ['Cấp giấy phép hoạt động phân phối điện đến cấp điện áp 35 kV', 15, 0.2],
      ['Cấp giấy phép hoạt động phát điện đối với nhà máy điện có quy mô dưới 3 MW', 15, 0.3],
      ['Cấp thẻ kiểm tra viên điện lực', 10, 0.5],
    ],
  },
  {
    sector: 'Nông nghiệp',
    level: 'province',
    items: [
      ['Cấp giấy chứng nhận cơ sở đủ điều kiện buôn bán thuốc bảo vệ thực vật', 15, 1],
      ['Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản', 15, 1.5],
      ['Cấp giấy chứng nhận đủ điều kiện buôn bán phân bón', 15, 1],
      ['Công nhận cây đầu dòng, vườn cây đầu dòng', 30, 0.1],
    ],
  },
  {
    sector: 'Nông nghiệp',
    level: 'commune',
    items: [['Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh', 10, 0.5]],
  },
  {
    sector: 'Thủy sản',
    level: 'province',
    items: [
      ['Cấp văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá', 5, 1],
      ['Đăng ký tàu cá', 3, 3],
      ['Cấp giấy chứng nhận an toàn kỹ thuật tàu cá', 3, 3],
      ['Cấp, cấp lại giấy phép khai thác thủy sản', 3, 4],
      ['Xác nhận nguồn gốc thủy sản từ khai thác', 1, 3],
    ],
  },
  {
    sector: 'Thú y',
    level: 'province',
    items: [
      ['Cấp chứng chỉ hành nghề thú y', 5, 0.8],
      ['Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh', 1, 3],
      ['Cấp giấy chứng nhận cơ sở an toàn dịch bệnh động vật', 15, 0.3],
    ],
  },
  {
    sector: 'Môi trường',
    level: 'province',
    items: [
      ['Cấp giấy phép môi trường', 30, 1],
      ['Thẩm định báo cáo đánh giá tác động môi trường', 30, 0.6],
      ['Cấp đổi, điều chỉnh giấy phép môi trường', 15, 0.3],
    ],
  },
  {
    sector: 'Môi trường',
    level: 'district',
    items: [
      ['Cấp giấy phép môi trường thuộc thẩm quyền cấp huyện', 15, 0.5],
      ['Đăng ký môi trường', 5, 1],
    ],
  },
  {
    sector: 'Tài nguyên nước',
    level: 'province',
    items: [
      ['Cấp giấy phép khai thác, sử dụng nước dưới đất', 25, 0.5],
      ['Cấp giấy phép khai thác, sử dụng nước mặt', 25, 0.2],
    ],
  },
  {
    sector: 'Khoáng sản',
    level: 'province',
    items: [
      ['Cấp giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường', 30, 0.2],
      ['Đăng ký khu vực, công suất, khối lượng khai thác cát, sỏi', 15, 0.2],
    ],
  },
  {
    sector: 'Lý lịch tư pháp',
    level: 'province',
    items: [
      ['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 10, 30],
      ['Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 10, 2],
    ],
  },
  {
    sector: 'Công chứng',
    level: 'province',
    items: [
      ['Đăng ký hành nghề và cấp Thẻ công chứng viên', 10, 0.3],
      ['Đăng ký hoạt động Văn phòng công chứng', 10, 0.1],
      ['Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng', 10, 0.2],
    ],
  },
  {
    sector: 'Tư pháp',
    level: 'province',
    items: [
      ['Đăng ký hoạt động của tổ chức hành nghề luật sư', 10, 0.2],
      ['Cấp chứng chỉ hành nghề đấu giá', 7, 0.1],
      ['Yêu cầu trợ giúp pháp lý', 3, 1],
      ['Xin nhập quốc tịch Việt Nam', 20, 0.05],
      ['Cấp Giấy xác nhận có quốc tịch Việt Nam', 10, 0.2],
    ],
  },
  {
    sector: 'Tư pháp',
    level: 'commune',
    items: [['Thủ tục thực hiện hỗ trợ khi hòa giải viên gặp tai nạn hoặc rủi ro', 10, 0.05]],
  },
  {
    sector: 'Nội vụ',
    level: 'province',
    items: [
      ['Công nhận ban vận động thành lập hội', 15, 0.5],
      ['Phê duyệt điều lệ hội', 15, 0.4],
      ['Cấp giấy phép thành lập và công nhận điều lệ quỹ', 15, 0.1],
    ],
  },
  {
    sector: 'Thi đua - Khen thưởng',
    level: 'province',
    items: [
      ['Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', 20, 3],
      ['Tặng danh hiệu Tập thể lao động xuất sắc', 20, 0.5],
    ],
  },
  {
    sector: 'Thi đua - Khen thưởng',
    level: 'commune',
    items: [['Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', 10, 0.5]],
  },
  {
    sector: 'Văn thư và Lưu trữ',
    level: 'province',
    items: [['Phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc', 1, 1]],
  },
  {
    sector: 'Tôn giáo',
    level: 'province',
    items: [
      ['Đăng ký thay đổi người đại diện của nhóm sinh hoạt tôn giáo tập trung', 10, 0.3],
      ['Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo', 15, 0.5],
      ['Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn ở nhiều xã', 7, 0.3],
    ],
  },
  {
    sector: 'Tôn giáo',
    level: 'commune',
    items: [['Đăng ký sinh hoạt tôn giáo tập trung', 20, 0.2]],
  },
  {
    sector: 'Công tác dân tộc',
    level: 'province',
    items: [['Công nhận người có uy tín trong đồng bào dân tộc thiểu số', 10, 0.5]],
  },
  {
    sector: 'Khoa học và công nghệ',
    level: 'province',
    items: [
      ['Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế', 15, 1],
      ['Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ', 5, 0.3],
      ['Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ', 7, 0.1],
      ['Cấp chứng chỉ nhân viên bức xạ', 10, 0.5],
    ],
  },
  {
    sector: 'Thông tin và truyền thông',
    level: 'province',
    items: [
      ['Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp', 10, 0.3],
      ['Cấp giấy phép xuất bản bản tin', 10, 0.2],
      ['Đăng ký hoạt động cơ sở in', 7, 0.3],
    ],
  },
  {
    sector: 'Ngoại vụ',
    level: 'province',
    items: [
      ['Cho phép sử dụng thẻ đi lại của doanh nhân APEC', 10, 1],
      ['Cho phép tổ chức hội nghị, hội thảo quốc tế', 15, 0.3],
    ],
  },
  {
    sector: 'Giải quyết khiếu nại',
    level: 'province',
    items: [
      ['Giải quyết khiếu nại lần đầu', 30, 1],
      ['Giải quyết khiếu nại lần hai', 45, 0.4],
    ],
  },
  {
    sector: 'Giải quyết tố cáo',
    level: 'province',
    items: [['Giải quyết tố cáo tại cấp tỉnh', 30, 0.4]],
  },
  {
    sector: 'Đầu tư',
    level: 'province',
    owner: 'bql-kkt',
    items: [
      ['Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu kinh tế', 15, 1],
      ['Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu kinh tế', 10, 1],
    ],
  },
  {
    sector: 'Lao động',
    level: 'province',
    owner: 'bql-kkt',
    items: [['Cấp giấy phép lao động cho người nước ngoài làm việc trong khu kinh tế', 5, 1]],
  },
  {
    sector: 'Xây dựng',
    level: 'province',
    owner: 'bql-kkt',
    items: [['Cấp giấy phép xây dựng công trình trong khu kinh tế', 20, 0.5]],
  },
  {
    sector: 'Cư trú',
    level: 'vertical',
    items: [
      ['Đăng ký thường trú', 7, 10],
      ['Đăng ký tạm trú', 3, 8],
      ['Gia hạn tạm trú', 3, 2],
      ['Xóa đăng ký thường trú', 1, 3],
      ['Khai báo tạm vắng', 1, 1],
      ['Xác nhận thông tin về cư trú', 1, 6],
      ['Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú', 3, 2],
    ],
  },
  {
    sector: 'Căn cước',
    level: 'vertical',
    items: [
      ['Cấp thẻ căn cước cho công dân Việt Nam từ đủ 14 tuổi trở lên', 7, 10],
      ['Cấp đổi thẻ căn cước', 7, 4],
      ['Cấp lại thẻ căn cước', 7, 2],
      ['Cấp giấy chứng nhận căn cước', 7, 0.2],
    ],
  },
  {
    sector: 'Xuất nhập cảnh',
    level: 'vertical',
    items: [
      ['Cấp hộ chiếu phổ thông ở trong nước', 8, 4],
      ['Cấp thị thực cho người nước ngoài tại Việt Nam', 5, 0.5],
      ['Cấp thẻ tạm trú cho người nước ngoài', 5, 0.4],
    ],
  },
  {
    sector: 'Đăng ký xe',
    level: 'vertical',
    items: [
      ['Đăng ký xe lần đầu', 2, 6],
      ['Đăng ký sang tên, di chuyển xe', 2, 3],
      ['Cấp đổi, cấp lại chứng nhận đăng ký, biển số xe', 3, 1.5],
      ['Thu hồi đăng ký, biển số xe', 2, 1],
    ],
  },
  {
    sector: 'Giấy phép lái xe',
    level: 'vertical',
    items: [
      ['Đổi giấy phép lái xe do ngành Công an cấp', 5, 4],
      ['Cấp lại giấy phép lái xe do ngành Công an cấp', 5, 1],
    ],
  },
  {
    sector: 'Thuế',
    level: 'vertical',
    items: [
      ['Đăng ký thuế lần đầu đối với người nộp thuế là hộ kinh doanh, cá nhân kinh doanh', 3, 4],
      ['Thay đổi thông tin đăng ký thuế', 3, 3],
      ['Khai lệ phí trước bạ nhà, đất', 3, 8],
      ['Hoàn thuế giá trị gia tăng đối với dự án đầu tư', 6, 0.5],
      ['Gia hạn nộp thuế', 5, 0.5],
      ['Xác nhận việc thực hiện nghĩa vụ thuế', 5, 2],
      ['Miễn thuế, giảm thuế thu nhập cá nhân', 10, 1],
    ],
  },
  {
    sector: 'Bảo hiểm',
    level: 'vertical',
    items: [
      [
        'Đăng ký, đăng ký lại, điều chỉnh đóng bảo hiểm xã hội bắt buộc, bảo hiểm y tế, bảo hiểm thất nghiệp',
        5,
        8,
      ],
      ['Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế', 5, 5],
      ['Giải quyết hưởng chế độ ốm đau', 6, 3],
      ['Giải quyết hưởng chế độ thai sản', 6, 3],
      ['Giải quyết hưởng bảo hiểm xã hội một lần', 5, 2],
      ['Giải quyết hưởng lương hưu', 10, 1],
      ['Cấp thẻ bảo hiểm y tế cho người chỉ tham gia bảo hiểm y tế', 5, 4],
    ],
  },
  {
    sector: 'Kho bạc',
    level: 'vertical',
    items: [
      ['Đăng ký và sử dụng tài khoản tại Kho bạc Nhà nước', 1, 2],
      ['Kiểm soát thanh toán các khoản chi thường xuyên từ ngân sách nhà nước', 2, 6],
      ['Kiểm soát thanh toán vốn đầu tư công', 4, 3],
    ],
  },
];
