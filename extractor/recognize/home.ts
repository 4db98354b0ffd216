// The paper's home city: 市 without a name (市总工会, 市交通运输工会) means this city unless the
// article names another.
export const HOME_REGION = '北京市';
