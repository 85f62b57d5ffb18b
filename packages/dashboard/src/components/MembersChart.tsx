import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { formatCount } from '../shaping/format';
import type { MembersChartData } from '../shaping/overview';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** One colour per year, oldest first; each has at least 4.5:1 contrast on white. */
const YEAR_COLOURS = ['#4b5563', '#6d28d9', '#b45309', '#0f766e', '#0b4f8a'];

/** Long names broken into lines of about this many characters, so the axis stays readable. */
const LABEL_LINE_LENGTH = 18;

function wrap(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= LABEL_LINE_LENGTH) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Members at year end per network (bars) and year (colours). The same figures follow as a table
 * (behind a disclosure), for keyboards and screen readers.
 */
export function MembersChart({ data }: { data: MembersChartData }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvasRef.current || data.series.length === 0) return;
    const colours = YEAR_COLOURS.slice(YEAR_COLOURS.length - data.series.length);
    const chart = new Chart(canvasRef.current, {
      type: 'bar',
      data: {
        labels: data.networks.map((network) => wrap(network.label)),
        datasets: data.series.map((series, index) => ({
          label: String(series.year),
          data: series.values,
          backgroundColor: colours[index],
          borderColor: colours[index],
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { beginAtZero: true, title: { display: true, text: 'Medlemmer per 31. desember', color: '#1f2937' }, ticks: { color: '#1f2937' } },
          y: { ticks: { color: '#1f2937', autoSkip: false } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: '#1f2937' } },
          tooltip: {
            callbacks: {
              title: (items) => data.networks[items[0]?.dataIndex ?? 0]?.name ?? '',
              label: (item) => `${item.dataset.label}: ${formatCount(item.raw as number | null)}`,
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [data]);

  const heading = `Medlemmer per nettverk, ${data.fromYear}–${data.toYear}`;
  if (data.series.length === 0) {
    return (
      <figure className="chart">
        <figcaption>{heading}</figcaption>
        <p>Ingen av nettverkene har oppgitt medlemstall for disse årene.</p>
      </figure>
    );
  }
  // Room for a wrapped three-line label, or for the bars of every year, whichever is taller.
  const height = 90 + data.networks.length * Math.max(56, 20 + 14 * data.series.length);
  return (
    <figure className="chart">
      <figcaption>{heading}</figcaption>
      <div className="chart__canvas" style={{ height }}>
        <canvas ref={canvasRef} role="img" aria-label={`${heading}: stolpediagram; tallene står i tabellen under diagrammet.`} />
      </div>
      <details className="chart__figures">
        <summary>Tallene i diagrammet</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption>{heading}</caption>
            <thead>
              <tr>
                <th scope="col">Nettverk</th>
                {data.series.map((series) => (
                  <th key={series.year} scope="col" className="numeric">
                    {series.year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.networks.map((network, index) => (
                <tr key={network.id}>
                  <th scope="row">{network.name}</th>
                  {data.series.map((series) => (
                    <td key={series.year} className="numeric">
                      {formatCount(series.values[index])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className="chart__note">År uten noen kjente medlemstall er utelatt.</p>
    </figure>
  );
}
