// One bar chart (Chart.js through react-chartjs-2), with its figures as a table beside it: the chart for the eye,
// the table for screen readers and for anyone who wants the numbers.
import { BarElement, CategoryScale, Chart as ChartJS, type ChartOptions, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  values: readonly number[];
  color: string;
}

export function BarChart({
  id,
  title,
  labels,
  series,
  horizontal = false,
  valueLabel,
}: {
  id: string;
  title: string;
  labels: readonly string[];
  series: readonly Series[];
  horizontal?: boolean;
  valueLabel: string;
}) {
  const options: ChartOptions<'bar'> = {
    indexAxis: horizontal ? 'y' : 'x',
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: { legend: { display: series.length > 1 } },
    scales: {
      x: { stacked: series.length > 1, ticks: { precision: 0 } },
      y: { stacked: series.length > 1, ticks: { precision: 0 } },
    },
  };
  return (
    <figure className="chart" data-chart={id}>
      <figcaption>{title}</figcaption>
      <div className="canvas" style={{ height: horizontal ? Math.max(160, labels.length * 28) : 220 }}>
        <Bar
          role="img"
          aria-label={`${title}: a bar chart; the same figures are in the table below`}
          options={options}
          data={{
            labels: [...labels],
            datasets: series.map((item) => ({
              label: item.label,
              data: [...item.values],
              backgroundColor: item.color,
            })),
          }}
        />
      </div>
      <details>
        <summary>{title} as a table</summary>
        <table data-table={id}>
          <thead>
            <tr>
              <th scope="col">{valueLabel}</th>
              {series.map((item) => (
                <th scope="col" key={item.label}>
                  {item.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, index) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((item) => (
                  <td key={item.label}>{item.values[index] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
