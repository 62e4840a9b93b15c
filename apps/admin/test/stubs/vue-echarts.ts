import { defineComponent, h, type PropType } from 'vue';

/** Stands in for vue-echarts in unit tests: renders the option as JSON so tests can assert on it. */
export default defineComponent({
  name: 'VChartStub',
  props: { option: { type: Object as PropType<Record<string, unknown>>, required: true }, autoresize: Boolean },
  setup(props) {
    return () => h('div', { 'data-testid': 'chart', 'data-option': JSON.stringify(props.option) });
  },
});
