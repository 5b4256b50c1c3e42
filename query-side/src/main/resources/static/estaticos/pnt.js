// Behaviour of the pages, loaded as a file so the Content-Security-Policy can forbid inline scripts.
(function () {
    'use strict';

    function imprimir() {
        document.querySelectorAll('button.imprimir').forEach(function (boton) {
            boton.addEventListener('click', function () { window.print(); });
        });
    }

    // The statistics' chart: its data come in a JSON block of the page (not executed), drawn by Chart.js.
    function grafica() {
        var lienzo = document.getElementById('grafica-solicitudes');
        var bloque = document.getElementById('datos-grafica');
        if (!lienzo || !bloque || typeof window.Chart === 'undefined') {
            return;
        }
        var datos = JSON.parse(bloque.textContent);
        new window.Chart(lienzo, {
            type: 'bar',
            data: {
                labels: datos.periodos,
                datasets: [
                    { label: 'Recibidas', data: datos.recibidas, backgroundColor: '#6b1d3a' },
                    { label: 'Respondidas', data: datos.respondidas, backgroundColor: '#1a4f8b' },
                    { label: 'Respondidas en tiempo', data: datos.enTiempo, backgroundColor: '#1e6b2f' }
                ]
            },
            options: {
                animation: false,
                locale: 'es-MX',
                scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
            }
        });
    }

    window.addEventListener('load', function () {
        imprimir();
        grafica();
    });
})();
