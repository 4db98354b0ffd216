// The paper's home city: 市 without a name (市总工会) means this city unless the article names another,
// and its name at the start of a company's name (北京城建集团) says little about the article.
export const HOME_REGION = '北京市';
