// Chinese: the words every reader consults (language-pack.ts says what each field is for).
import type { LanguagePack } from '../language-pack.js';

export const ZH: LanguagePack = {
  id: 'zh',
  days: {
    mon: ['周一', '星期一', '週一'],
    tue: ['周二', '星期二', '週二'],
    wed: ['周三', '星期三', '週三'],
    thu: ['周四', '星期四', '週四'],
    fri: ['周五', '星期五', '週五'],
    sat: ['周六', '星期六', '週六'],
    sun: ['周日', '星期日', '星期天', '週日'],
  },
  weekdays: ['工作日'],
  rangeWords: ['至', '到'],
  timeWords: ['点', '時'],
  chatLauncher: ['在线客服', '客服', '聊天', '咨询', '留言', '联系我们', '線上客服'],
  contactLinks: {
    strong: ['联系我们', '聯絡我們', '联系', '客服', '帮助', '支持', '售后'],
    weak: ['关于我们', '關於我們', '公司简介', '地址'],
  },
  roles: {
    sales: ['销售', '銷售', '商务合作', '商務合作', '购买', '購買', '报价', '報價', '询价', '詢價', '业务', '業務'],
    support: ['客服', '客户服务', '客戶服務', '技术支持', '技術支援', '售后', '售後', '售后服务', '售後服務', '帮助中心', '幫助中心', '维修', '維修'],
  },
};
