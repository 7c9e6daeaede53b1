import type { DimensionRule } from './schema';

/**
 * Both generations of the 购物体验分 page are live somewhere (DOMAIN.md §1.2): the 2022
 * five-dimension page and the current three-dimension one. Weights are unknown publicly,
 * so they are equal; they only matter when the page hides a dimension or overall score.
 */
export const DIMENSIONS: DimensionRule[] = [
  { id: 'goods', generation: 'five', labels: ['商品', '商品质量'], weight: 1 },
  { id: 'service', generation: 'five', labels: ['客服', '客服服务'], weight: 1 },
  { id: 'logistics', generation: 'five', labels: ['物流', '物流速度'], weight: 1 },
  { id: 'aftersale', generation: 'five', labels: ['售后', '售后体验'], weight: 1 },
  { id: 'content', generation: 'five', labels: ['内容'], weight: 1 },
  { id: 'goods-exp', generation: 'three', labels: ['商品体验'], weight: 1 },
  { id: 'logistics-exp', generation: 'three', labels: ['物流体验'], weight: 1 },
  { id: 'aftersale-svc', generation: 'three', labels: ['售后服务'], weight: 1 },
];

/** Labels of the shop-level score block. */
export const OVERALL_LABELS = ['购物体验分', '店铺体验分', '综合体验分', '体验分总分'];
