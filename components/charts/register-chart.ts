import { BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";

// Only what the charts in this folder draw: categories on x, numbers on y, lines and bars.
// Controllers are registered by react-chartjs-2's typed components (<Line>, <Bar>).
Chart.register(CategoryScale, LinearScale, LineElement, PointElement, BarElement, Tooltip, Legend);

export { Chart };
